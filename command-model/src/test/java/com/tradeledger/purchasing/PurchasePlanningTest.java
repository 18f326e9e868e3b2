package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasePlanningExamples.CARTON;
import static com.tradeledger.purchasing.PurchasePlanningExamples.CONTRACT_KEY;
import static com.tradeledger.purchasing.PurchasePlanningExamples.DELIVERY;
import static com.tradeledger.purchasing.PurchasePlanningExamples.KG;
import static com.tradeledger.purchasing.PurchasePlanningExamples.LAMP;
import static com.tradeledger.purchasing.PurchasePlanningExamples.STEEL;
import static com.tradeledger.purchasing.PurchasePlanningExamples.allocated;
import static com.tradeledger.purchasing.PurchasePlanningExamples.allocation;
import static com.tradeledger.purchasing.PurchasePlanningExamples.contractCancelled;
import static com.tradeledger.purchasing.PurchasePlanningExamples.raise;
import static com.tradeledger.purchasing.PurchasePlanningExamples.requisitionOf;
import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.ORDER;
import static com.tradeledger.purchasing.RequisitionExamples.PCS;
import static com.tradeledger.purchasing.RequisitionExamples.SHELF;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractStockAllocated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The purchase plan of CONTRACT: a SHELF exploded through its bill of materials, a LAMP bought whole, each needed
 * the handling days before its delivery on 1 September 2026.
 */
class PurchasePlanningTest {

    private static final String CANCELLED = "contract cancelled: customer withdrew";

    private final SagaTestFixture<PurchasePlanning> fixture =
            PurchasePlanningExamples.fixture(PlanningPolicy.standard());

    @Test
    void raises_a_finished_goods_requisition_for_a_product_bought_whole() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated(allocation(2, LAMP, "100", "40")))
                .expectActiveSagas(1)
                .expectAssociationWith(CONTRACT_KEY, CONTRACT.toString())
                .expectDispatchedCommands(raise(2, LAMP, "60", PCS, RequisitionKind.FINISHED_GOODS, LAMP));
    }

    @Test
    void explodes_a_nested_bill_of_materials_into_materials_counted_in_their_base_units() {
        // 10 shelves: 40 brackets of 350 g steel and 2 bolts each, 0.8 box of 100 bolts, 10 cartons; no assembly
        // bought.
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated(allocation(1, SHELF, "25", "15")))
                .expectActiveSagas(1)
                .expectDispatchedCommands(
                        raise(1, STEEL, "14.000", KG, RequisitionKind.MATERIAL, SHELF),
                        raise(1, BOLT, "160.00", PCS, RequisitionKind.MATERIAL, SHELF),
                        raise(1, CARTON, "10", PCS, RequisitionKind.MATERIAL, SHELF));
    }

    @Test
    void raises_nothing_for_a_line_stock_fully_covers_and_ends() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated(allocation(1, SHELF, "25", "25")))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void raises_only_for_the_lines_left_to_buy() {
        fixture.givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated(allocation(1, SHELF, "25", "25"), allocation(2, LAMP, "100", "0")))
                .expectActiveSagas(1)
                .expectDispatchedCommands(raise(2, LAMP, "100", PCS, RequisitionKind.FINISHED_GOODS, LAMP));
    }

    @Test
    void needs_the_goods_the_configured_handling_days_before_delivery() {
        PurchasePlanningExamples.fixture(new PlanningPolicy(3))
                .givenNoPriorActivity()
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated(allocation(2, LAMP, "100", "40")))
                .expectDispatchedCommands(new RaiseRequisition(
                        requisitionOf(2, LAMP),
                        CONTRACT,
                        2,
                        LAMP,
                        new BigDecimal("60"),
                        PCS,
                        DELIVERY.minusDays(3),
                        RequisitionKind.FINISHED_GOODS,
                        LAMP));
    }

    @Test
    void raises_once_however_often_the_allocation_is_delivered() {
        ContractStockAllocated allocated =
                allocated(allocation(1, SHELF, "25", "15"), allocation(2, LAMP, "100", "40"));

        fixture.givenAggregate(CONTRACT.toString())
                .published(allocated)
                .whenAggregate(CONTRACT.toString())
                .publishes(allocated)
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    @Test
    void cancels_every_requisition_when_the_contract_is_cancelled_ordered_ones_too() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(allocated(allocation(2, LAMP, "100", "40"), allocation(3, BOLT, "500", "0")))
                .andThenAggregate(requisitionOf(2, LAMP).toString())
                .published(new RequisitionOrdered(requisitionOf(2, LAMP), CONTRACT, ORDER, 1))
                .whenAggregate(CONTRACT.toString())
                .publishes(contractCancelled())
                .expectDispatchedCommands(inIdOrder(
                        new CancelRequisition(requisitionOf(2, LAMP), CANCELLED),
                        new CancelRequisition(requisitionOf(3, BOLT), CANCELLED)))
                .expectActiveSagas(0);
    }

    @Test
    void does_not_cancel_a_requisition_cancelled_already() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(allocated(allocation(2, LAMP, "100", "40"), allocation(3, BOLT, "500", "0")))
                .andThenAggregate(requisitionOf(3, BOLT).toString())
                .published(new RequisitionCancelled(requisitionOf(3, BOLT), CONTRACT, "bought elsewhere"))
                .whenAggregate(CONTRACT.toString())
                .publishes(contractCancelled())
                .expectDispatchedCommands(new CancelRequisition(requisitionOf(2, LAMP), CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void ends_when_the_requisition_it_cancels_was_cancelled_in_the_meantime() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof CancelRequisition cancel) {
                throw new RequisitionAlreadyCancelled(cancel.requisitionId());
            }
            return null;
        });

        fixture.givenAggregate(CONTRACT.toString())
                .published(allocated(allocation(2, LAMP, "100", "40")))
                .whenAggregate(CONTRACT.toString())
                .publishes(contractCancelled())
                .expectDispatchedCommands(new CancelRequisition(requisitionOf(2, LAMP), CANCELLED))
                .expectActiveSagas(0);
    }

    @Test
    void cancels_its_requisitions_when_the_contract_is_completed_so_nothing_more_is_reserved_for_it() {
        fixture.givenAggregate(CONTRACT.toString())
                .published(allocated(allocation(2, LAMP, "100", "40")))
                .whenAggregate(CONTRACT.toString())
                .publishes(new ContractCompleted(CONTRACT, DELIVERY.plusDays(30)))
                .expectDispatchedCommands(new CancelRequisition(requisitionOf(2, LAMP), "contract completed"))
                .expectActiveSagas(0);
    }

    @Test
    void knows_a_requisition_cancelled_already_through_any_wrapping_of_the_refusal() {
        RequisitionId bolts = requisitionOf(3, BOLT);

        assertThat(AlreadyCancelled.is(new RequisitionAlreadyCancelled(bolts))).isTrue();
        assertThat(AlreadyCancelled.is(new IllegalStateException("wrapped", new RequisitionAlreadyCancelled(bolts))))
                .isTrue();
        assertThat(AlreadyCancelled.is(new RequisitionNotOpen(bolts, RequisitionStatus.ORDERED)))
                .isFalse();
    }

    private static Object[] inIdOrder(CancelRequisition... cancels) {
        return Arrays.stream(cancels)
                .sorted(Comparator.comparing(cancel -> cancel.requisitionId().toString()))
                .toArray();
    }
}
