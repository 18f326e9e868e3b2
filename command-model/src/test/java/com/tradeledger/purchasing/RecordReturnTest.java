package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.SECOND_RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Goods returned to the supplier (退货) on the purchase order aggregate itself, through {@link AggregatePurchaseOrders}. */
class RecordReturnTest {

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final PurchaseOrders orders =
            new AggregatePurchaseOrders(histories.repositoryOf(PurchaseOrder.class), PurchasingPolicy.standard());

    @BeforeEach
    void eightBracketCartonsWereAccepted() {
        histories.given(PurchaseOrder.class, ORDER, placed(), received(1, "10", "2", "8"));
    }

    @Test
    void records_goods_sent_back_and_what_the_line_keeps() {
        giveBack(1, "3");

        assertThat(histories.history(ORDER))
                .endsWith(new PurchaseOrderLineReturned(
                        ORDER, 1, SECOND_RECEIPT, new BigDecimal("3"), new BigDecimal("5")));
    }

    @Test
    void returns_all_the_line_accepted() {
        giveBack(1, "8");

        assertThat(histories.history(ORDER))
                .endsWith(new PurchaseOrderLineReturned(
                        ORDER, 1, SECOND_RECEIPT, new BigDecimal("8"), new BigDecimal("0")));
    }

    @Test
    void returns_goods_of_a_line_cancelled_since() {
        histories.given(
                PurchaseOrder.class, ORDER, new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("12"), "late"));

        giveBack(1, "2");

        assertThat(histories.history(ORDER))
                .endsWith(new PurchaseOrderLineReturned(
                        ORDER, 1, SECOND_RECEIPT, new BigDecimal("2"), new BigDecimal("6")));
    }

    @Test
    void rejects_returning_more_than_the_line_accepted_and_records_nothing() {
        assertThatThrownBy(() -> giveBack(1, "9"))
                .isInstanceOf(ReturnExceedsAccepted.class)
                .hasMessage("line 1 of purchase order " + ORDER + " cannot return 9; it accepted 8");

        assertThat(histories.history(ORDER)).hasSize(2);
    }

    @Test
    void rejects_returning_nothing() {
        assertThatThrownBy(() -> giveBack(1, "0")).isInstanceOf(PurchaseQuantityNotPositive.class);
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        assertThatThrownBy(() -> giveBack(5, "1")).isInstanceOf(UnknownPurchaseOrderLine.class);
    }

    private void giveBack(int lineNumber, String quantity) {
        histories.inUnitOfWork(() -> orders.recordReturn(
                ORDER,
                SECOND_RECEIPT,
                List.of(new LineReceipt(lineNumber, new BigDecimal(quantity), BigDecimal.ZERO))));
    }
}
