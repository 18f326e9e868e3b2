package com.tradeledger.stock;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/**
 * Stock for tests: the STOCK of BRACKETs, counted in pieces by dora in the Ningbo (NGB-1) and Shanghai (SHA-2)
 * warehouses for the annual stocktake on 30 June 2026; contract LAMPS reserves for its lines, contract SHELVES
 * competes for the same stock; shipment FIRST ships them. Goods come in and go back on RECEIPT of purchase ORDER;
 * dora moves stock between the warehouses on 1 July 2026. Every value is fixed so a failing test prints the same.
 */
final class Stocks {

    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final ProductId UNREGISTERED = ProductId.of("0b000000-0000-4000-8000-0000000000ff");
    static final StockId STOCK = StockId.of(BRACKET);
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final WarehouseCode NINGBO = WarehouseCode.of("NGB-1");
    static final WarehouseCode SHANGHAI = WarehouseCode.of("SHA-2");
    static final Username DORA = Username.of("dora");
    static final LocalDate COUNTED_ON = LocalDate.of(2026, 6, 30);
    static final String STOCKTAKE = "annual stocktake";
    static final ContractId LAMPS = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final ContractId SHELVES = ContractId.of("0c000000-0000-4000-8000-000000000002");
    static final ShipmentId FIRST = ShipmentId.of("0e000000-0000-4000-8000-000000000001");
    static final String CANCELLED = "contract cancelled by the customer";
    static final PurchaseOrderId ORDER = PurchaseOrderId.of("0f000000-0000-4000-8000-000000000001");
    static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("0d000000-0000-4000-8000-000000000001");
    static final LocalDate TRANSFERRED_ON = LocalDate.of(2026, 7, 1);

    private Stocks() {}

    static BigDecimal qty(String quantity) {
        return new BigDecimal(quantity);
    }

    static InMemoryStockedProducts catalogue() {
        return new InMemoryStockedProducts().with(BRACKET, PCS);
    }

    /** A fixture for the stock aggregate, with BRACKET registered in pieces. */
    static FixtureConfiguration<Stock> fixture() {
        FixtureConfiguration<Stock> fixture = new AggregateTestFixture<>(Stock.class);
        fixture.registerInjectableResource(catalogue());
        return fixture;
    }

    static CountStock count(WarehouseCode warehouse, String counted) {
        return new CountStock(STOCK, warehouse, qty(counted), STOCKTAKE, DORA, COUNTED_ON);
    }

    static StockCounted counted(WarehouseCode warehouse, String counted, String difference) {
        return new StockCounted(BRACKET, warehouse, PCS, qty(counted), qty(difference), STOCKTAKE, DORA, COUNTED_ON);
    }

    /** The first count of a warehouse: the difference is all that was counted. */
    static StockCounted counted(WarehouseCode warehouse, String counted) {
        return counted(warehouse, counted, counted);
    }

    static StockReserved reserved(ContractId contract, int line, String quantity) {
        return new StockReserved(BRACKET, contract, line, qty(quantity));
    }

    static StockReservationReleased released(ContractId contract, int line, String quantity) {
        return new StockReservationReleased(BRACKET, contract, line, qty(quantity), CANCELLED);
    }

    static StockIssued issued(WarehouseCode warehouse, String quantity, String fromReservation, int line) {
        return new StockIssued(BRACKET, warehouse, qty(quantity), qty(fromReservation), LAMPS, line, FIRST);
    }

    static StockReceived received(WarehouseCode warehouse, String quantity) {
        return new StockReceived(BRACKET, warehouse, qty(quantity), PCS, ORDER, RECEIPT);
    }

    static StockReturned returned(WarehouseCode warehouse, String quantity) {
        return new StockReturned(BRACKET, warehouse, qty(quantity), ORDER, RECEIPT);
    }

    static TransferStock transfer(WarehouseCode from, WarehouseCode to, String quantity) {
        return new TransferStock(STOCK, from, to, qty(quantity), DORA, TRANSFERRED_ON);
    }

    static StockTransferred transferred(WarehouseCode from, WarehouseCode to, String quantity) {
        return new StockTransferred(BRACKET, from, to, qty(quantity), DORA, TRANSFERRED_ON);
    }

    static String codeOf(Throwable refusal) {
        return ((BusinessRuleViolation) refusal).code();
    }

    /** The refusal of a rule: its exception type and its stable code. */
    static Matcher<Throwable> refusedBy(Class<? extends BusinessRuleViolation> rule, String code) {
        return allOf(instanceOf(rule), new FeatureMatcher<Throwable, String>(equalTo(code), "code", "code") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return ((BusinessRuleViolation) actual).code();
            }
        });
    }
}
