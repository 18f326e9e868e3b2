package com.tradeledger.receiving;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.AggregateRequisitions;
import com.tradeledger.purchasing.CoveredRequisition;
import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrderStatus;
import com.tradeledger.purchasing.Requisition;
import com.tradeledger.purchasing.RequisitionFilled;
import com.tradeledger.purchasing.RequisitionId;
import com.tradeledger.purchasing.RequisitionKind;
import com.tradeledger.purchasing.RequisitionOrdered;
import com.tradeledger.purchasing.RequisitionRaised;
import com.tradeledger.purchasing.Requisitions;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.AggregateStockKeeping;
import com.tradeledger.stock.Stock;
import com.tradeledger.stock.StockId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.StockReceived;
import com.tradeledger.stock.StockReservationReleased;
import com.tradeledger.stock.StockReserved;
import com.tradeledger.stock.StockReturned;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/**
 * Goods receipts for tests: purchase ORDER to SUPPLIER has line 1, 10 cartons of 24 BRACKETs (240 pieces) bought
 * for contract LAMPS line 1 (100 pieces) and then contract SHELVES line 2 (80 pieces); line 2, 500 HINGEs in pieces
 * for stock; line 3, 5 cartons of BRACKETs, cancelled. Erin receives RECEIPT (and later SECOND) into warehouse NGB-1
 * on 20 July 2026, and returns goods on 22 July. Every value is fixed so a failing test prints the same.
 */
final class Receipts {

    static final PurchaseOrderId ORDER = PurchaseOrderId.of("0f000000-0000-4000-8000-000000000001");
    static final PurchaseOrderId UNKNOWN_ORDER = PurchaseOrderId.of("0f000000-0000-4000-8000-0000000000ff");
    static final SupplierId SUPPLIER = SupplierId.of("05000000-0000-4000-8000-000000000001");
    static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("0d000000-0000-4000-8000-000000000001");
    static final GoodsReceiptId SECOND = GoodsReceiptId.of("0d000000-0000-4000-8000-000000000002");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final ProductId HINGE = ProductId.of("0b000000-0000-4000-8000-000000000002");
    static final StockId BRACKETS = StockId.of(BRACKET);
    static final StockId HINGES = StockId.of(HINGE);
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final ContractId LAMPS = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final ContractId SHELVES = ContractId.of("0c000000-0000-4000-8000-000000000002");
    static final WarehouseCode NINGBO = WarehouseCode.of("NGB-1");
    static final Username ERIN = Username.of("erin");
    static final LocalDate RECEIVED_ON = LocalDate.of(2026, 7, 20);
    static final LocalDate RETURNED_ON = LocalDate.of(2026, 7, 22);
    static final String FAULTY = "cracked welds found after inspection";

    private Receipts() {}

    static BigDecimal qty(String quantity) {
        return new BigDecimal(quantity);
    }

    static OrderState order() {
        return new OrderState(
                ORDER,
                SUPPLIER,
                Currency.getInstance("USD"),
                PurchaseOrderStatus.CONFIRMED,
                List.of(
                        bracketLine("0"),
                        new OrderLineState(
                                2,
                                HINGE,
                                PCS,
                                qty("500"),
                                PCS,
                                qty("500"),
                                qty("1"),
                                usd("0.50"),
                                qty("0"),
                                false,
                                List.of()),
                        new OrderLineState(
                                3,
                                BRACKET,
                                CTN,
                                qty("5"),
                                PCS,
                                qty("120"),
                                qty("24"),
                                usd("30.00"),
                                qty("0"),
                                true,
                                List.of())));
    }

    /** The order as it stands once line 1 accepted {@code acceptedSoFar} cartons. */
    static OrderState orderWithBracketsAccepted(String acceptedSoFar) {
        OrderState order = order();
        return new OrderState(
                ORDER,
                SUPPLIER,
                order.currency(),
                order.status(),
                List.of(
                        bracketLine(acceptedSoFar),
                        order.lines().get(1),
                        order.lines().get(2)));
    }

    private static OrderLineState bracketLine(String acceptedSoFar) {
        return new OrderLineState(
                1,
                BRACKET,
                CTN,
                qty("10"),
                PCS,
                qty("240"),
                qty("24"),
                usd("30.00"),
                qty(acceptedSoFar),
                false,
                List.of(requisition(LAMPS, 1, "100"), requisition(SHELVES, 2, "80")));
    }

    private static CoveredRequisition requisition(ContractId contract, int line, String quantity) {
        return new CoveredRequisition(
                requisitionOf(contract, line), contract, line, qty(quantity), LocalDate.of(2026, 8, 1));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static StockKeeping stockOver(EventSourcedAggregates aggregates) {
        return new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));
    }

    static Requisitions requisitionsOver(EventSourcedAggregates aggregates) {
        return new AggregateRequisitions(aggregates.repositoryOf(Requisition.class));
    }

    /** A receipt's fixture: the orders as given, stock and requisitions sourced from {@code aggregates}. */
    static FixtureConfiguration<GoodsReceipt> fixture(
            InMemoryPurchaseOrders orders, EventSourcedAggregates aggregates) {
        FixtureConfiguration<GoodsReceipt> fixture = new AggregateTestFixture<>(GoodsReceipt.class);
        fixture.registerInjectableResource(orders);
        fixture.registerInjectableResource(stockOver(aggregates));
        fixture.registerInjectableResource(requisitionsOver(aggregates));
        return fixture;
    }

    /** The requisitions of LAMPS line 1 and SHELVES line 2, raised and covered by ORDER line 1, then {@code events}. */
    static void bracketRequisitions(EventSourcedAggregates aggregates) {
        for (CoveredRequisition covered : bracketLine("0").requisitions()) {
            aggregates.given(
                    Requisition.class,
                    covered.requisitionId(),
                    new RequisitionRaised(
                            covered.requisitionId(),
                            covered.contractId(),
                            covered.contractLine(),
                            BRACKET,
                            covered.quantity(),
                            PCS,
                            covered.dateNeeded(),
                            RequisitionKind.FINISHED_GOODS,
                            BRACKET),
                    new RequisitionOrdered(covered.requisitionId(), covered.contractId(), ORDER, 1));
        }
    }

    static RequisitionId requisitionOf(ContractId contract, int line) {
        return RequisitionId.forContractLine(contract, line, BRACKET);
    }

    static RequisitionFilled filled(
            ContractId contract, int line, GoodsReceiptId receipt, String pieces, String soFar) {
        return new RequisitionFilled(
                requisitionOf(contract, line), contract, line, BRACKET, ORDER, receipt, qty(pieces), qty(soFar));
    }

    static StockReservationReleased released(ContractId contract, int line, String pieces) {
        return new StockReservationReleased(BRACKET, contract, line, qty(pieces), "goods returned to the supplier");
    }

    static ReceiptLineRequest line(int orderLine, String received, String rejected) {
        return new ReceiptLineRequest(orderLine, qty(received), rejected == null ? null : qty(rejected));
    }

    static RecordGoodsReceipt receive(GoodsReceiptId receipt, ReceiptLineRequest... lines) {
        return new RecordGoodsReceipt(receipt, ORDER, NINGBO, Arrays.asList(lines), ERIN, RECEIVED_ON);
    }

    static RecordGoodsReceipt receive(ReceiptLineRequest... lines) {
        return receive(RECEIPT, lines);
    }

    static ReceivedLine brackets(String received, String rejected, String accepted, String acceptedPieces) {
        return new ReceivedLine(1, BRACKET, qty(received), qty(rejected), qty(accepted), CTN, qty(acceptedPieces), PCS);
    }

    static ReceivedLine hinges(String received, String rejected, String accepted) {
        return new ReceivedLine(2, HINGE, qty(received), qty(rejected), qty(accepted), PCS, qty(accepted), PCS);
    }

    static GoodsReceived received(GoodsReceiptId receipt, ReceivedLine... lines) {
        return new GoodsReceived(receipt, ORDER, SUPPLIER, NINGBO, List.of(lines), ERIN, RECEIVED_ON);
    }

    static GoodsReceived received(ReceivedLine... lines) {
        return received(RECEIPT, lines);
    }

    static ReturnToSupplier returnGoods(ReturnLineRequest... lines) {
        return new ReturnToSupplier(RECEIPT, Arrays.asList(lines), FAULTY, ERIN, RETURNED_ON, null);
    }

    static ReturnLineRequest fromStock(int orderLine, String quantity) {
        return new ReturnLineRequest(orderLine, qty(quantity), true);
    }

    static ReturnLineRequest rejectedGoods(int orderLine, String quantity) {
        return new ReturnLineRequest(orderLine, qty(quantity), false);
    }

    static GoodsReturned returned(ReturnedLine... lines) {
        return new GoodsReturned(RECEIPT, ORDER, SUPPLIER, NINGBO, List.of(lines), FAULTY, ERIN, RETURNED_ON);
    }

    static StockReceived stockReceived(ProductId product, String pieces, GoodsReceiptId receipt) {
        return new StockReceived(product, NINGBO, qty(pieces), PCS, ORDER, receipt);
    }

    static StockReserved stockReserved(ContractId contract, int line, String pieces) {
        return new StockReserved(BRACKET, contract, line, qty(pieces));
    }

    static StockReturned stockReturned(ProductId product, String pieces) {
        return new StockReturned(product, NINGBO, qty(pieces), ORDER, RECEIPT);
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
