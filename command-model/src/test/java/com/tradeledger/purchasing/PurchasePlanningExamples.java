package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.PCS;
import static com.tradeledger.purchasing.RequisitionExamples.SHELF;

import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.LineAllocation;
import com.tradeledger.products.BomLine;
import com.tradeledger.products.BomLineKind;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;

/**
 * The purchase plan of CONTRACT for tests. A SHELF (pieces) is made from 4 BRACKETs, 0.08 BOX of BOLTs (a box holds
 * 100), packed in 1 CARTON and put together by 1 ASSEMBLY (a processing step); a BRACKET is made from 350 G of STEEL
 * (counted in KG) and 2 BOLTs. A LAMP is bought whole. Every line is delivered on 1 September 2026.
 */
final class PurchasePlanningExamples {

    static final String CONTRACT_KEY = "contractId";
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000012");
    static final ProductId STEEL = ProductId.of("0b000000-0000-4000-8000-000000000013");
    static final ProductId CARTON = ProductId.of("0b000000-0000-4000-8000-000000000014");
    static final ProductId ASSEMBLY = ProductId.of("0b000000-0000-4000-8000-000000000015");
    static final ProductId LAMP = ProductId.of("0b000000-0000-4000-8000-000000000016");
    static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    static final UnitOfMeasure GRAM = UnitOfMeasure.of("G");
    static final UnitOfMeasure BOX = UnitOfMeasure.of("BOX");
    static final LocalDate DELIVERY = LocalDate.of(2026, 9, 1);

    private PurchasePlanningExamples() {}

    static BillsOfMaterialsInMemory catalogue() {
        return new BillsOfMaterialsInMemory()
                .product(
                        SHELF,
                        "SHELF-1",
                        PCS,
                        List.of(),
                        line(BRACKET, "4", PCS, BomLineKind.COMPONENT),
                        line(BOLT, "0.08", BOX, BomLineKind.COMPONENT),
                        line(CARTON, "1", PCS, BomLineKind.PACKING),
                        line(ASSEMBLY, "1", PCS, BomLineKind.PROCESSING))
                .product(
                        BRACKET,
                        "BRK-200",
                        PCS,
                        List.of(),
                        line(STEEL, "350", GRAM, BomLineKind.COMPONENT),
                        line(BOLT, "2", PCS, BomLineKind.COMPONENT))
                .product(STEEL, "STEEL-Q235", KG, List.of(new UnitConversion(GRAM, new BigDecimal("0.001"))))
                .product(BOLT, "BOLT-M8", PCS, List.of(new UnitConversion(BOX, new BigDecimal("100"))))
                .product(CARTON, "CTN-60", PCS, List.of())
                .product(ASSEMBLY, "SRV-ASSEMBLY", PCS, List.of())
                .product(LAMP, "LAMP-1", PCS, List.of());
    }

    /**
     * A fixture for the planning process over {@link #catalogue()}, with this policy; a handler's failure fails the
     * test, as the app's processor retries the event rather than move on.
     */
    static SagaTestFixture<PurchasePlanning> fixture(PlanningPolicy policy) {
        SagaTestFixture<PurchasePlanning> fixture = new SagaTestFixture<>(PurchasePlanning.class);
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(catalogue());
        fixture.registerResource(policy);
        return fixture;
    }

    static ContractStockAllocated allocated(LineAllocation... lines) {
        return new ContractStockAllocated(CONTRACT, List.of(lines));
    }

    /** Contract line {@code number} of {@code ordered} pieces, {@code reserved} of them from stock. */
    static LineAllocation allocation(int number, ProductId productId, String ordered, String reserved) {
        BigDecimal orderedQuantity = new BigDecimal(ordered);
        BigDecimal reservedQuantity = new BigDecimal(reserved);
        return new LineAllocation(
                number,
                productId,
                PCS,
                orderedQuantity,
                reservedQuantity,
                orderedQuantity.subtract(reservedQuantity),
                DELIVERY);
    }

    /** The requisition the process raises for line {@code number}: needed 7 days before delivery. */
    static RaiseRequisition raise(
            int number,
            ProductId productId,
            String quantity,
            UnitOfMeasure unit,
            RequisitionKind kind,
            ProductId forProduct) {
        return new RaiseRequisition(
                RequisitionId.forContractLine(CONTRACT, number, productId),
                CONTRACT,
                number,
                productId,
                new BigDecimal(quantity),
                unit,
                DELIVERY.minusDays(7),
                kind,
                forProduct);
    }

    static RequisitionId requisitionOf(int number, ProductId productId) {
        return RequisitionId.forContractLine(CONTRACT, number, productId);
    }

    static ContractCancelled contractCancelled() {
        return new ContractCancelled(CONTRACT, Username.of("carol"), "customer withdrew", LocalDate.of(2026, 7, 1));
    }

    private static BomLine line(ProductId component, String quantity, UnitOfMeasure unit, BomLineKind kind) {
        return new BomLine(component, new BigDecimal(quantity), unit, kind, null);
    }
}
