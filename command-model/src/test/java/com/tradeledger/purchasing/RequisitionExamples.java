package com.tradeledger.purchasing;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.AggregateStockKeeping;
import com.tradeledger.stock.Stock;
import com.tradeledger.stock.StockCounted;
import com.tradeledger.stock.StockId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.StockReserved;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Requisitions for tests: REQUISITION asks for 80 BOLTs (pieces) for line 1 of CONTRACT, which sells SHELFs, needed
 * on 25 August 2026; purchase order ORDER covers it with its line 2. Every value is fixed so that a failing test
 * prints the same thing every time.
 */
final class RequisitionExamples {

    static final ContractId CONTRACT = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final ProductId SHELF = ProductId.of("0b000000-0000-4000-8000-000000000010");
    static final ProductId BOLT = ProductId.of("0b000000-0000-4000-8000-000000000011");
    static final RequisitionId REQUISITION = RequisitionId.forContractLine(CONTRACT, 1, BOLT);
    static final PurchaseOrderId ORDER = PurchaseOrderId.of("0d000000-0000-4000-8000-000000000001");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final LocalDate NEEDED_ON = LocalDate.of(2026, 8, 25);
    static final String CONTRACT_CANCELLED = "contract cancelled: customer withdrew";
    static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("0e000000-0000-4000-8000-000000000001");
    static final StockId BOLTS = StockId.of(BOLT);
    static final WarehouseCode WAREHOUSE = WarehouseCode.of("NGB-1");
    static final Username WALT = Username.of("walt");

    private RequisitionExamples() {}

    /** The requisition's fixture, its stock sourced from {@code aggregates} and its orders recorded. */
    static FixtureConfiguration<Requisition> fixture(EventSourcedAggregates aggregates, PurchaseOrders orders) {
        FixtureConfiguration<Requisition> fixture = new AggregateTestFixture<>(Requisition.class);
        fixture.registerInjectableResource(stockOver(aggregates));
        fixture.registerInjectableResource(orders);
        return fixture;
    }

    static FixtureConfiguration<Requisition> fixture() {
        return fixture(new EventSourcedAggregates(), new RecordingPurchaseOrders());
    }

    static StockKeeping stockOver(EventSourcedAggregates aggregates) {
        return new AggregateStockKeeping(aggregates.repositoryOf(Stock.class));
    }

    /** BOLT stock: {@code onHand} pieces counted in WAREHOUSE, of which {@code reserved} are held for contract line 1. */
    static void boltStock(EventSourcedAggregates aggregates, String onHand, String reserved) {
        aggregates.given(
                Stock.class,
                BOLTS,
                new StockCounted(
                        BOLT,
                        WAREHOUSE,
                        PCS,
                        new BigDecimal(onHand),
                        new BigDecimal(onHand),
                        "opening",
                        WALT,
                        NEEDED_ON));
        if (new BigDecimal(reserved).signum() > 0) {
            aggregates.given(Stock.class, BOLTS, new StockReserved(BOLT, CONTRACT, 1, new BigDecimal(reserved)));
        }
    }

    static RequisitionFilled filled(String quantity, String soFar) {
        return new RequisitionFilled(
                REQUISITION, CONTRACT, 1, BOLT, ORDER, RECEIPT, new BigDecimal(quantity), new BigDecimal(soFar));
    }

    static RequisitionGoodsReturned goodsReturned(String quantity, String soFar) {
        return new RequisitionGoodsReturned(
                REQUISITION, CONTRACT, 1, BOLT, ORDER, RECEIPT, new BigDecimal(quantity), new BigDecimal(soFar));
    }

    static RequisitionReopened reopened(String stillNeeded) {
        return new RequisitionReopened(
                REQUISITION, CONTRACT, ORDER, 2, new BigDecimal(stillNeeded), "purchase order line cancelled: late");
    }

    /** Raise REQUISITION: 80 BOLTs as material for the SHELF of contract line 1. */
    static RaiseRequisition raise() {
        return raise("80", RequisitionKind.MATERIAL, SHELF);
    }

    static RaiseRequisition raise(String quantity, RequisitionKind kind, ProductId forProduct) {
        return new RaiseRequisition(
                REQUISITION, CONTRACT, 1, BOLT, new BigDecimal(quantity), PCS, NEEDED_ON, kind, forProduct);
    }

    static RequisitionRaised raised() {
        return new RequisitionRaised(
                REQUISITION, CONTRACT, 1, BOLT, new BigDecimal("80"), PCS, NEEDED_ON, RequisitionKind.MATERIAL, SHELF);
    }

    static RequisitionOrdered ordered() {
        return new RequisitionOrdered(REQUISITION, CONTRACT, ORDER, 2);
    }

    static RequisitionCancelled cancelled() {
        return new RequisitionCancelled(REQUISITION, CONTRACT, CONTRACT_CANCELLED);
    }
}
