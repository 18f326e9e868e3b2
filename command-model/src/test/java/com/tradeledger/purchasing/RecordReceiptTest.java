package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PROMISED;
import static com.tradeledger.purchasing.PurchaseOrderExamples.RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.SECOND_RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.receipt;
import static com.tradeledger.purchasing.PurchaseOrderExamples.received;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Goods received (收货) on the purchase order aggregate itself, through {@link AggregatePurchaseOrders}. */
class RecordReceiptTest {

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final PurchaseOrders orders =
            new AggregatePurchaseOrders(histories.repositoryOf(PurchaseOrder.class), PurchasingPolicy.standard());

    @BeforeEach
    void theOrderIsPlaced() {
        histories.given(PurchaseOrder.class, ORDER, placed());
    }

    @Test
    void records_a_partial_receipt_with_rejects() {
        record(RECEIPT, receipt(1, "10", "2"));

        assertThat(histories.history(ORDER)).containsExactly(placed(), received(1, "10", "2", "8"));
    }

    @Test
    void counts_what_each_receipt_accepts_on_top_of_the_ones_before() {
        record(RECEIPT, receipt(1, "10", "2"));
        record(SECOND_RECEIPT, receipt(1, "12", "0"));

        assertThat(histories.history(ORDER))
                .endsWith(new PurchaseOrderLineReceived(
                        ORDER, 1, SECOND_RECEIPT, new BigDecimal("12"), new BigDecimal("0"), new BigDecimal("20")));
    }

    @Test
    void records_every_line_of_a_receipt() {
        record(RECEIPT, receipt(1, "20", "0"), receipt(2, "300", "0"));

        assertThat(histories.history(ORDER))
                .containsExactly(placed(), received(1, "20", "0", "20"), received(2, "300", "0", "300"));
    }

    @Test
    void treats_a_missing_rejected_quantity_as_none() {
        record(RECEIPT, new LineReceipt(2, new BigDecimal("300"), null));

        assertThat(histories.history(ORDER)).endsWith(received(2, "300", "0", "300"));
    }

    @Test
    void accepts_exactly_the_ordered_quantity_plus_the_tolerance() {
        record(RECEIPT, receipt(2, "525", "0"));

        assertThat(histories.history(ORDER)).endsWith(received(2, "525", "0", "525"));
    }

    @Test
    void rejects_accepting_above_the_tolerance_and_records_nothing() {
        assertThatThrownBy(() -> record(RECEIPT, receipt(1, "5", "0"), receipt(2, "525.01", "0")))
                .isInstanceOf(OverReceipt.class)
                .hasMessage("line 2 of purchase order " + ORDER + " would accept 525.01, above the most it may accept,"
                        + " 525");

        assertThat(histories.history(ORDER)).containsExactly(placed());
    }

    @Test
    void counts_rejected_goods_out_of_the_tolerance() {
        record(RECEIPT, receipt(2, "540", "15"));

        assertThat(histories.history(ORDER)).endsWith(received(2, "540", "15", "525"));
    }

    @Test
    void counts_the_tolerance_over_every_receipt_of_the_line() {
        record(RECEIPT, receipt(2, "500", "0"));

        assertThatThrownBy(() -> record(SECOND_RECEIPT, receipt(2, "20", "0"), receipt(2, "6", "0")))
                .isInstanceOf(OverReceipt.class);
    }

    @Test
    void accepts_nothing_above_the_order_with_no_tolerance() {
        PurchaseOrders strict = new AggregatePurchaseOrders(
                histories.repositoryOf(PurchaseOrder.class), new PurchasingPolicy(Percentage.ZERO));

        assertThatThrownBy(() -> histories.inUnitOfWork(
                        () -> strict.recordReceipt(ORDER, RECEIPT, List.of(receipt(2, "500.5", "0")))))
                .isInstanceOf(OverReceipt.class);
    }

    @Test
    void rejects_a_receipt_on_a_cancelled_line() {
        histories.given(
                PurchaseOrder.class,
                ORDER,
                new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"));

        assertThatThrownBy(() -> record(RECEIPT, receipt(2, "1", "0")))
                .isInstanceOf(LineAlreadyCancelled.class)
                .hasMessage("line 2 of purchase order " + ORDER + " was cancelled");
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        assertThatThrownBy(() -> record(RECEIPT, receipt(3, "1", "0"))).isInstanceOf(UnknownPurchaseOrderLine.class);
    }

    @Test
    void rejects_receiving_nothing() {
        assertThatThrownBy(() -> record(RECEIPT, receipt(1, "0", "0")))
                .isInstanceOf(PurchaseQuantityNotPositive.class)
                .hasMessage("the quantity received on line 1 must be greater than zero, was 0");
    }

    @Test
    void rejects_rejecting_more_than_was_received() {
        assertThatThrownBy(() -> record(RECEIPT, receipt(1, "5", "6")))
                .isInstanceOf(RejectedQuantityOutOfRange.class)
                .hasMessage("line 1 rejects 6 of 5 received");
    }

    @Test
    void rejects_a_negative_rejected_quantity() {
        assertThatThrownBy(() -> record(RECEIPT, receipt(1, "5", "-1"))).isInstanceOf(RejectedQuantityOutOfRange.class);
    }

    @Test
    void rejects_a_receipt_without_lines() {
        assertThatThrownBy(() -> record(RECEIPT))
                .isInstanceOf(MissingValue.class)
                .hasMessage("lines is required and was missing or blank");
    }

    @Test
    void rejects_an_order_never_placed() {
        PurchaseOrderId stranger = PurchaseOrderId.of("5b000000-0000-4000-8000-0000000000ff");

        assertThatThrownBy(() -> histories.inUnitOfWork(
                        () -> orders.recordReceipt(stranger, RECEIPT, List.of(receipt(1, "1", "0")))))
                .isInstanceOf(UnknownPurchaseOrder.class)
                .hasMessage("purchase order " + stranger + " is not a purchase order of the ledger");
    }

    private void record(GoodsReceiptId receiptId, LineReceipt... lines) {
        histories.inUnitOfWork(() -> orders.recordReceipt(ORDER, receiptId, List.of(lines)));
    }

    @Test
    void closes_the_delivery_risks_of_a_line_received_in_full_however_late() {
        histories.given(PurchaseOrder.class, ORDER, riskRaised(FOR_LINE_2, PROMISED.plusDays(10), 5));

        record(RECEIPT, receipt(1, "20", "0"));

        assertThat(histories.history(ORDER))
                .endsWith(
                        received(1, "20", "0", "20"),
                        CancelPurchaseOrderLineTest.closed(FOR_LINE_2, DeliveryRiskClosure.RECEIVED_IN_FULL));
    }

    @Test
    void keeps_the_delivery_risks_of_a_line_received_in_part() {
        histories.given(PurchaseOrder.class, ORDER, riskRaised(FOR_LINE_2, PROMISED.plusDays(10), 5));

        record(RECEIPT, receipt(1, "19", "0"));

        assertThat(histories.history(ORDER)).last().isEqualTo(received(1, "19", "0", "19"));
    }
}
