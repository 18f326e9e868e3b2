package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.BOLTS;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT_CANCELLED;
import static com.tradeledger.purchasing.RequisitionExamples.ORDER;
import static com.tradeledger.purchasing.RequisitionExamples.REQUISITION;
import static com.tradeledger.purchasing.RequisitionExamples.boltStock;
import static com.tradeledger.purchasing.RequisitionExamples.cancelled;
import static com.tradeledger.purchasing.RequisitionExamples.filled;
import static com.tradeledger.purchasing.RequisitionExamples.ordered;
import static com.tradeledger.purchasing.RequisitionExamples.raised;
import static com.tradeledger.purchasing.RequisitionExamples.reopened;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.stock.StockReservationReleased;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a requisition, with its product's stock sourced from its own events: whatever an order did for it, it
 * stops holding goods for the contract line and its order stops counting it at risk.
 */
class CancelRequisitionTest {

    private static final CancelRequisition CANCEL = new CancelRequisition(REQUISITION, CONTRACT_CANCELLED);

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final RecordingPurchaseOrders orders = new RecordingPurchaseOrders();
    private final FixtureConfiguration<Requisition> fixture = RequisitionExamples.fixture(aggregates, orders);

    @Test
    void cancels_an_open_requisition() {
        fixture.given(raised()).when(CANCEL).expectEvents(cancelled());

        assertThat(orders.cancelled()).isEmpty();
    }

    @Test
    void cancels_a_requisition_an_order_covers_and_tells_the_order() {
        fixture.given(raised(), ordered()).when(CANCEL).expectEvents(cancelled());

        assertThat(orders.cancelled()).containsExactly(new RecordingPurchaseOrders.Cancelled(ORDER, REQUISITION));
    }

    @Test
    void gives_back_to_available_stock_what_its_receipts_reserved() {
        boltStock(aggregates, "100", "30");

        fixture.given(raised(), ordered(), filled("30", "30")).when(CANCEL).expectEvents(cancelled());

        assertThat(aggregates.appendedAfterGiven(BOLTS))
                .containsExactly(new StockReservationReleased(
                        BOLT, CONTRACT, 1, new BigDecimal("30"), "requisition cancelled: " + CONTRACT_CANCELLED));
    }

    @Test
    void gives_back_no_more_than_the_contract_line_still_holds() {
        boltStock(aggregates, "100", "10");

        fixture.given(raised(), ordered(), filled("80", "80")).when(CANCEL).expectEvents(cancelled());

        assertThat(aggregates.appendedAfterGiven(BOLTS))
                .containsExactly(new StockReservationReleased(
                        BOLT, CONTRACT, 1, new BigDecimal("10"), "requisition cancelled: " + CONTRACT_CANCELLED));
    }

    @Test
    void tells_no_order_once_its_order_line_was_cancelled() {
        fixture.given(raised(), ordered(), reopened("80")).when(CANCEL).expectEvents(cancelled());

        assertThat(orders.cancelled()).isEmpty();
    }

    @Test
    void rejects_cancelling_twice() {
        fixture.given(raised(), cancelled())
                .when(CANCEL)
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(RequisitionAlreadyCancelled.class),
                        new FeatureMatcher<Object, String>(
                                Matchers.equalTo("requisition-already-cancelled"), "code", "code") {
                            @Override
                            protected String featureValueOf(Object actual) {
                                return ((BusinessRuleViolation) actual).code();
                            }
                        }))
                .expectExceptionMessage("requisition " + REQUISITION + " is already cancelled")
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
