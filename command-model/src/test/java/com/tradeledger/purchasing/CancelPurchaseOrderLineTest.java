package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.CONTRACT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_1;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.bracketLine;
import static com.tradeledger.purchasing.PurchaseOrderExamples.covered;
import static com.tradeledger.purchasing.PurchaseOrderExamples.july;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CancelPurchaseOrderLineTest {

    private static final String REASON = "contract cancelled";

    private final PurchaseOrderExamples.Fixture fixture = new PurchaseOrderExamples.Fixture();

    @Test
    void cancels_a_line_nothing_of_which_was_received() {
        fixture.aggregate
                .given(placed())
                .when(cancel(1))
                .expectEvents(new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), REASON));
    }

    @Test
    void cancels_what_a_line_has_not_yet_accepted() {
        fixture.aggregate
                .given(placed(), receivedOnLine1("10", "2", "8"))
                .when(cancel(1))
                .expectEvents(new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("12"), REASON));
    }

    @Test
    void cancels_what_is_left_after_goods_went_back() {
        fixture.aggregate
                .given(
                        placed(),
                        receivedOnLine1("20", "0", "20"),
                        new PurchaseOrderLineReturned(ORDER, 1, RECEIPT, new BigDecimal("5"), new BigDecimal("15")))
                .when(cancel(1))
                .expectEvents(new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("5"), REASON));
    }

    @Test
    void closes_the_delivery_risks_of_the_line_it_cancels() {
        fixture.aggregate
                .given(placed(bracketLine(july(20))), riskRaised(FOR_LINE_2, july(20), 5))
                .when(cancel(1))
                .expectEvents(
                        new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), REASON),
                        closed(FOR_LINE_2, DeliveryRiskClosure.LINE_CANCELLED));
    }

    @Test
    void opens_again_the_requisitions_the_cancelled_line_covered() {
        fixture.aggregate.given(placed()).when(cancel(1)).expectSuccessfulHandlerExecution();

        assertThat(fixture.requisitions.reopened())
                .containsExactly(
                        new InMemoryRequisitions.Ordered(FOR_LINE_1, ORDER, 1),
                        new InMemoryRequisitions.Ordered(FOR_LINE_2, ORDER, 1));
    }

    @Test
    void opens_no_requisition_when_cancelling_a_line_bought_for_stock() {
        fixture.aggregate.given(placed()).when(cancel(2)).expectSuccessfulHandlerExecution();

        assertThat(fixture.requisitions.reopened()).isEmpty();
    }

    @Test
    void reads_received_not_cancelled_when_goods_came_in_on_a_cancelled_line_even_if_returned() {
        fixture.aggregate
                .given(
                        placed(),
                        receivedOnLine1("5", "0", "5"),
                        new PurchaseOrderLineReturned(ORDER, 1, RECEIPT, new BigDecimal("5"), new BigDecimal("0")),
                        new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), REASON))
                .when(cancel(2))
                .expectSuccessfulHandlerExecution()
                .expectState(order -> assertThat(order.state().status()).isEqualTo(PurchaseOrderStatus.RECEIVED));
    }

    @Test
    void reads_cancelled_once_every_line_was_cancelled_before_anything_came_in() {
        fixture.aggregate
                .given(placed(), new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), REASON))
                .when(cancel(2))
                .expectState(order -> assertThat(order.state().status()).isEqualTo(PurchaseOrderStatus.CANCELLED));
    }

    @Test
    void rejects_cancelling_a_line_received_in_full() {
        fixture.aggregate
                .given(placed(), receivedOnLine1("20", "0", "20"))
                .when(cancel(1))
                .expectException(LineFullyReceived.class)
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_a_line_twice() {
        fixture.aggregate
                .given(placed(), new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), REASON))
                .when(cancel(1))
                .expectException(LineAlreadyCancelled.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        fixture.aggregate
                .given(placed())
                .when(cancel(3))
                .expectException(UnknownPurchaseOrderLine.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_reason() {
        fixture.aggregate
                .given(placed())
                .when(new CancelPurchaseOrderLine(ORDER, 1, " ", null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }

    static DeliveryRiskClosed closed(RequisitionId requisitionId, DeliveryRiskClosure closure) {
        return new DeliveryRiskClosed(
                ORDER, 1, requisitionId, CONTRACT, covered(requisitionId).contractLine(), closure);
    }

    private static CancelPurchaseOrderLine cancel(int lineNumber) {
        return new CancelPurchaseOrderLine(ORDER, lineNumber, REASON, null);
    }

    private static PurchaseOrderLineReceived receivedOnLine1(String received, String rejected, String soFar) {
        return new PurchaseOrderLineReceived(
                ORDER, 1, RECEIPT, new BigDecimal(received), new BigDecimal(rejected), new BigDecimal(soFar));
    }
}
