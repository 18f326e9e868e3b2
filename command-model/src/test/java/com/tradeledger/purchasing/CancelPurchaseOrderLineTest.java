package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;

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

    private static CancelPurchaseOrderLine cancel(int lineNumber) {
        return new CancelPurchaseOrderLine(ORDER, lineNumber, REASON, null);
    }

    private static PurchaseOrderLineReceived receivedOnLine1(String received, String rejected, String soFar) {
        return new PurchaseOrderLineReceived(
                ORDER, 1, RECEIPT, new BigDecimal(received), new BigDecimal(rejected), new BigDecimal(soFar));
    }
}
