package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT_CANCELLED;
import static com.tradeledger.purchasing.RequisitionExamples.REQUISITION;
import static com.tradeledger.purchasing.RequisitionExamples.cancelled;
import static com.tradeledger.purchasing.RequisitionExamples.ordered;
import static com.tradeledger.purchasing.RequisitionExamples.raised;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class CancelRequisitionTest {

    private static final CancelRequisition CANCEL = new CancelRequisition(REQUISITION, CONTRACT_CANCELLED);

    private final FixtureConfiguration<Requisition> fixture = RequisitionExamples.fixture();

    @Test
    void cancels_an_open_requisition() {
        fixture.given(raised()).when(CANCEL).expectEvents(cancelled());
    }

    @Test
    void rejects_cancelling_a_requisition_a_purchase_order_covers() {
        fixture.given(raised(), ordered())
                .when(CANCEL)
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RequisitionNotOpen.class),
                        new FeatureMatcher<Object, String>(Matchers.equalTo("requisition-not-open"), "code", "code") {
                            @Override
                            protected String featureValueOf(Object actual) {
                                return ((BusinessRuleViolation) actual).code();
                            }
                        }))
                .expectExceptionMessage("requisition " + REQUISITION + " is ORDERED, not OPEN")
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_twice() {
        fixture.given(raised(), cancelled())
                .when(CANCEL)
                .expectException(RequisitionNotOpen.class)
                .expectExceptionMessage("requisition " + REQUISITION + " is CANCELLED, not OPEN")
                .expectNoEvents();
    }

    @Test
    void rejects_a_cancellation_without_a_reason() {
        fixture.given(raised())
                .when(new CancelRequisition(REQUISITION, " "))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }
}
