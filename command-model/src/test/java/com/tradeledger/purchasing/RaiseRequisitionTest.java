package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.NEEDED_ON;
import static com.tradeledger.purchasing.RequisitionExamples.PCS;
import static com.tradeledger.purchasing.RequisitionExamples.REQUISITION;
import static com.tradeledger.purchasing.RequisitionExamples.raise;
import static com.tradeledger.purchasing.RequisitionExamples.raised;

import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RaiseRequisitionTest {

    private final FixtureConfiguration<Requisition> fixture = RequisitionExamples.fixture();

    @Test
    void raises_a_requisition_for_a_material() {
        fixture.givenNoPriorActivity().when(raise()).expectEvents(raised());
    }

    @Test
    void raises_a_requisition_for_finished_goods() {
        fixture.givenNoPriorActivity()
                .when(raise("500", RequisitionKind.FINISHED_GOODS, BOLT))
                .expectEvents(new RequisitionRaised(
                        REQUISITION,
                        CONTRACT,
                        1,
                        BOLT,
                        new BigDecimal("500"),
                        PCS,
                        NEEDED_ON,
                        RequisitionKind.FINISHED_GOODS,
                        BOLT));
    }

    @Test
    void raising_it_again_appends_nothing() {
        fixture.given(raised()).when(raise()).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void rejects_a_quantity_of_zero() {
        fixture.givenNoPriorActivity()
                .when(raise("0", RequisitionKind.MATERIAL, RequisitionExamples.SHELF))
                .expectException(RequisitionQuantityNotPositive.class)
                .expectExceptionMessage("a requisition's quantity must be greater than zero, but was 0")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_quantity() {
        fixture.givenNoPriorActivity()
                .when(raise("-5", RequisitionKind.MATERIAL, RequisitionExamples.SHELF))
                .expectException(RequisitionQuantityNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_without_the_date_needed() {
        fixture.givenNoPriorActivity()
                .when(new RaiseRequisition(
                        REQUISITION,
                        CONTRACT,
                        1,
                        BOLT,
                        BigDecimal.TEN,
                        PCS,
                        null,
                        RequisitionKind.FINISHED_GOODS,
                        BOLT))
                .expectException(MissingValue.class)
                .expectExceptionMessage("dateNeeded is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_requisition_without_a_product() {
        fixture.givenNoPriorActivity()
                .when(new RaiseRequisition(
                        REQUISITION,
                        CONTRACT,
                        1,
                        null,
                        BigDecimal.TEN,
                        PCS,
                        NEEDED_ON,
                        RequisitionKind.FINISHED_GOODS,
                        BOLT))
                .expectException(MissingValue.class)
                .expectExceptionMessage("productId is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_material_that_does_not_say_which_product_it_goes_into() {
        fixture.givenNoPriorActivity()
                .when(raise("80", RequisitionKind.MATERIAL, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("forProduct is required and was missing or blank")
                .expectNoEvents();
    }
}
