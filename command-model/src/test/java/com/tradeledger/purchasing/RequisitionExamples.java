package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.UnitOfMeasure;
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

    private RequisitionExamples() {}

    static FixtureConfiguration<Requisition> fixture() {
        return new AggregateTestFixture<>(Requisition.class);
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
