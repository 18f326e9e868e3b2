package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET_IN_CARTONS;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET_SKU;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.NAME;
import static com.tradeledger.purchasing.SupplierExamples.NB_METAL;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static com.tradeledger.purchasing.SupplierExamples.TERMS;
import static com.tradeledger.purchasing.SupplierExamples.USD;
import static com.tradeledger.purchasing.SupplierExamples.usd;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Purchase orders for tests: ORDER, placed by bob on 22 June 2026 with NINGBO_METAL in USD. Line 1 buys 20 cartons
 * of BRACKETs (240 pieces) at USD 120.00 a carton, promised for 10 July, covering the requisitions of CONTRACT's
 * line 1 (100 pieces needed by 25 July) and line 2 (120 pieces needed by 15 July); line 2 buys 500 GASKETs at
 * USD 0.25, promised for 10 July, for stock. Every value is fixed so that a failing test prints the same thing
 * every time.
 */
final class PurchaseOrderExamples {

    static final PurchaseOrderId ORDER = PurchaseOrderId.of("5b000000-0000-4000-8000-000000000001");
    static final Username BOB = Username.of("bob");
    static final LocalDate PLACED_ON = LocalDate.of(2026, 6, 22);
    static final LocalDate PROMISED = LocalDate.of(2026, 7, 10);
    static final ContractId CONTRACT = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final RequisitionId FOR_LINE_1 = RequisitionId.of("5c000000-0000-4000-8000-000000000001");
    static final RequisitionId FOR_LINE_2 = RequisitionId.of("5c000000-0000-4000-8000-000000000002");
    static final LocalDate NEEDED_FOR_LINE_1 = LocalDate.of(2026, 7, 25);
    static final LocalDate NEEDED_FOR_LINE_2 = LocalDate.of(2026, 7, 15);
    static final ProductId GASKET = ProductId.of("0b000000-0000-4000-8000-000000000002");
    static final CataloguedProduct GASKET_IN_PIECES = new CataloguedProduct(GASKET, Sku.of("GSK-10"), PCS, List.of());
    static final SupplierState NINGBO_ACTIVE = new SupplierState(NINGBO_METAL, NB_METAL, NAME, TERMS, true);
    static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("5d000000-0000-4000-8000-000000000001");
    static final GoodsReceiptId SECOND_RECEIPT = GoodsReceiptId.of("5d000000-0000-4000-8000-000000000002");

    private PurchaseOrderExamples() {}

    static RequisitionState requisition(RequisitionId requisitionId, RequisitionStatus status) {
        return requisitionId.equals(FOR_LINE_1)
                ? new RequisitionState(
                        FOR_LINE_1,
                        CONTRACT,
                        1,
                        BRACKET,
                        new BigDecimal("100"),
                        NEEDED_FOR_LINE_1,
                        status,
                        BigDecimal.ZERO,
                        null,
                        null)
                : new RequisitionState(
                        requisitionId,
                        CONTRACT,
                        2,
                        BRACKET,
                        new BigDecimal("120"),
                        NEEDED_FOR_LINE_2,
                        status,
                        BigDecimal.ZERO,
                        null,
                        null);
    }

    static CoveredRequisition covered(RequisitionId requisitionId) {
        RequisitionState requisition = requisition(requisitionId, RequisitionStatus.OPEN);
        return new CoveredRequisition(
                requisitionId,
                requisition.contractId(),
                requisition.contractLine(),
                requisition.quantity(),
                requisition.dateNeeded());
    }

    static OrderLineRequest bracketRequest(LocalDate promised) {
        return new OrderLineRequest(
                BRACKET, new BigDecimal("20"), CTN, usd("120.00"), promised, List.of(FOR_LINE_1, FOR_LINE_2));
    }

    static OrderLineRequest gasketRequest() {
        return new OrderLineRequest(GASKET, new BigDecimal("500"), PCS, usd("0.25"), PROMISED, List.of());
    }

    static PlacePurchaseOrder place(OrderLineRequest... lines) {
        return new PlacePurchaseOrder(ORDER, NINGBO_METAL, USD, List.of(lines), BOB, PLACED_ON);
    }

    static PurchaseOrderLine bracketLine(LocalDate promised) {
        return new PurchaseOrderLine(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("20"),
                CTN,
                new BigDecimal("240"),
                PCS,
                new BigDecimal("12"),
                usd("120.00"),
                usd("2400.00"),
                promised,
                List.of(covered(FOR_LINE_1), covered(FOR_LINE_2)));
    }

    static PurchaseOrderLine gasketLine(int lineNumber) {
        return new PurchaseOrderLine(
                lineNumber,
                GASKET,
                GASKET_IN_PIECES.sku(),
                new BigDecimal("500"),
                PCS,
                new BigDecimal("500"),
                PCS,
                BigDecimal.ONE,
                usd("0.25"),
                usd("125.00"),
                PROMISED,
                List.of());
    }

    static PurchaseOrderPlaced placed(PurchaseOrderLine... lines) {
        Money total = List.of(lines).stream().map(PurchaseOrderLine::total).reduce(usd("0.00"), Money::plus);
        return new PurchaseOrderPlaced(ORDER, NINGBO_METAL, USD, List.of(lines), total, BOB, PLACED_ON);
    }

    /** ORDER as described: both lines promised for 10 July, in time for both contract lines. */
    static PurchaseOrderPlaced placed() {
        return placed(bracketLine(PROMISED), gasketLine(2));
    }

    static DeliveryRiskRaised riskRaised(RequisitionId requisitionId, LocalDate promised, int daysLate) {
        CoveredRequisition covered = covered(requisitionId);
        return new DeliveryRiskRaised(
                ORDER,
                1,
                NINGBO_METAL,
                requisitionId,
                CONTRACT,
                covered.contractLine(),
                covered.dateNeeded(),
                promised,
                daysLate);
    }

    static DeliveryRiskCleared riskCleared(RequisitionId requisitionId, LocalDate promised) {
        return new DeliveryRiskCleared(
                ORDER, 1, requisitionId, CONTRACT, covered(requisitionId).contractLine(), promised);
    }

    static PurchaseOrderLineReceived received(int lineNumber, String received, String rejected, String soFar) {
        return new PurchaseOrderLineReceived(
                ORDER, lineNumber, RECEIPT, new BigDecimal(received), new BigDecimal(rejected), new BigDecimal(soFar));
    }

    static LineReceipt receipt(int lineNumber, String received, String rejected) {
        return new LineReceipt(lineNumber, new BigDecimal(received), new BigDecimal(rejected));
    }

    static LocalDate july(int day) {
        return LocalDate.of(2026, 7, day);
    }

    /** The purchase order aggregate's fixture with its fakes: NINGBO_METAL active, BRACKET and GASKET, both requisitions open. */
    static final class Fixture {

        final InMemorySuppliers suppliers = new InMemorySuppliers().with(NINGBO_ACTIVE);
        final InMemoryProductCatalogue products =
                new InMemoryProductCatalogue().with(BRACKET_IN_CARTONS).with(GASKET_IN_PIECES);
        final InMemoryRequisitions requisitions = new InMemoryRequisitions()
                .with(requisition(FOR_LINE_1, RequisitionStatus.OPEN), requisition(FOR_LINE_2, RequisitionStatus.OPEN));
        final FixtureConfiguration<PurchaseOrder> aggregate = new AggregateTestFixture<>(PurchaseOrder.class);

        Fixture() {
            aggregate.registerInjectableResource(suppliers);
            aggregate.registerInjectableResource(products);
            aggregate.registerInjectableResource(requisitions);
        }
    }
}
