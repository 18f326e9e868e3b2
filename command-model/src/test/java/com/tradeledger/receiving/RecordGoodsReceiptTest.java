package com.tradeledger.receiving;

import static com.tradeledger.receiving.Receipts.BRACKET;
import static com.tradeledger.receiving.Receipts.BRACKETS;
import static com.tradeledger.receiving.Receipts.ERIN;
import static com.tradeledger.receiving.Receipts.HINGE;
import static com.tradeledger.receiving.Receipts.HINGES;
import static com.tradeledger.receiving.Receipts.LAMPS;
import static com.tradeledger.receiving.Receipts.NINGBO;
import static com.tradeledger.receiving.Receipts.ORDER;
import static com.tradeledger.receiving.Receipts.RECEIPT;
import static com.tradeledger.receiving.Receipts.RECEIVED_ON;
import static com.tradeledger.receiving.Receipts.SECOND;
import static com.tradeledger.receiving.Receipts.SHELVES;
import static com.tradeledger.receiving.Receipts.UNKNOWN_ORDER;
import static com.tradeledger.receiving.Receipts.brackets;
import static com.tradeledger.receiving.Receipts.filled;
import static com.tradeledger.receiving.Receipts.hinges;
import static com.tradeledger.receiving.Receipts.line;
import static com.tradeledger.receiving.Receipts.qty;
import static com.tradeledger.receiving.Receipts.receive;
import static com.tradeledger.receiving.Receipts.received;
import static com.tradeledger.receiving.Receipts.refusedBy;
import static com.tradeledger.receiving.Receipts.requisitionOf;
import static com.tradeledger.receiving.Receipts.stockReceived;
import static com.tradeledger.receiving.Receipts.stockReserved;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.Requisition;
import com.tradeledger.purchasing.RequisitionCancelled;
import com.tradeledger.purchasing.RequisitionGoodsReturned;
import com.tradeledger.receiving.InMemoryPurchaseOrders.Recorded;
import com.tradeledger.shared.MissingValue;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Recording a goods receipt, with the order faked and the stock sourced from its own events, in one unit of work. */
class RecordGoodsReceiptTest {

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final InMemoryPurchaseOrders orders = new InMemoryPurchaseOrders().with(Receipts.order());
    private final FixtureConfiguration<GoodsReceipt> fixture = Receipts.fixture(orders, aggregates);

    RecordGoodsReceiptTest() {
        Receipts.bracketRequisitions(aggregates);
    }

    @Test
    void records_per_line_what_came_in_what_was_rejected_and_what_was_accepted_also_in_base_unit() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "1"), line(2, "200", "0")))
                .expectEvents(received(brackets("5", "1", "4", "96"), hinges("200", "0", "200")));
    }

    @Test
    void takes_a_line_without_a_rejected_quantity_as_nothing_rejected() {
        fixture.givenNoPriorActivity()
                .when(receive(line(2, "200", null)))
                .expectEvents(received(hinges("200", "0", "200")));
    }

    @Test
    void records_the_receipt_on_the_purchase_order() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "1"), line(2, "200", "0")))
                .expectSuccessfulHandlerExecution();

        assertThat(orders.receipts())
                .containsExactly(new Recorded(
                        ORDER,
                        RECEIPT,
                        List.of(new LineReceipt(1, qty("5"), qty("1")), new LineReceipt(2, qty("200"), qty("0")))));
    }

    @Test
    void puts_what_was_accepted_into_the_warehouse_in_base_unit() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "1"), line(2, "200", "0")))
                .expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS)).startsWith(stockReceived(BRACKET, "96", RECEIPT));
        assertThat(aggregates.history(HINGES)).containsExactly(stockReceived(HINGE, "200", RECEIPT));
    }

    @Test
    void reserves_what_was_accepted_for_the_first_contract_line_the_order_line_was_bought_for() {
        fixture.givenNoPriorActivity().when(receive(line(1, "5", "1"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS))
                .containsExactly(stockReceived(BRACKET, "96", RECEIPT), stockReserved(LAMPS, 1, "96"));
    }

    @Test
    void fills_each_contract_lines_range_across_two_partial_receipts_and_leaves_the_rest_free() {
        fixture.givenNoPriorActivity().when(receive(line(1, "5", "1"))).expectSuccessfulHandlerExecution();
        Receipts.fixture(orders, aggregates)
                .givenNoPriorActivity()
                .when(receive(SECOND, line(1, "5", "0")))
                .expectEvents(received(SECOND, brackets("5", "0", "5", "120")));

        assertThat(aggregates.history(BRACKETS))
                .containsExactly(
                        stockReceived(BRACKET, "96", RECEIPT),
                        stockReserved(LAMPS, 1, "96"),
                        stockReceived(BRACKET, "120", SECOND),
                        stockReserved(LAMPS, 1, "4"),
                        stockReserved(SHELVES, 2, "80"));
    }

    @Test
    void fills_the_requisitions_of_the_contract_lines_it_reserves_for() {
        fixture.givenNoPriorActivity().when(receive(line(1, "8", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.appendedAfterGiven(requisitionOf(LAMPS, 1)))
                .containsExactly(filled(LAMPS, 1, RECEIPT, "100", "100"));
        assertThat(aggregates.appendedAfterGiven(requisitionOf(SHELVES, 2)))
                .containsExactly(filled(SHELVES, 2, RECEIPT, "80", "80"));
    }

    @Test
    void reserves_nothing_more_once_the_contract_lines_have_all_they_asked() {
        orders.with(Receipts.orderWithBracketsAccepted("8"));
        aggregates.given(Requisition.class, requisitionOf(LAMPS, 1), filled(LAMPS, 1, RECEIPT, "100", "100"));
        aggregates.given(Requisition.class, requisitionOf(SHELVES, 2), filled(SHELVES, 2, RECEIPT, "80", "80"));

        fixture.givenNoPriorActivity().when(receive(SECOND, line(1, "2", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS)).containsExactly(stockReceived(BRACKET, "48", SECOND));
    }

    @Test
    void reserves_nothing_for_a_contract_line_whose_requisition_was_cancelled_meanwhile() {
        aggregates.given(
                Requisition.class,
                requisitionOf(LAMPS, 1),
                new RequisitionCancelled(requisitionOf(LAMPS, 1), LAMPS, "contract cancelled: customer withdrew"));

        fixture.givenNoPriorActivity().when(receive(line(1, "5", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS))
                .containsExactly(stockReceived(BRACKET, "120", RECEIPT), stockReserved(SHELVES, 2, "80"));
    }

    @Test
    void never_reserves_a_requisition_twice_when_free_goods_went_back_and_came_again() {
        // 4 cartons came and all 96 pieces went to LAMPS; one carton of free stock went back; a carton comes again.
        aggregates.given(Requisition.class, requisitionOf(LAMPS, 1), filled(LAMPS, 1, RECEIPT, "96", "96"));
        orders.with(Receipts.orderWithBracketsAccepted("3"));

        fixture.givenNoPriorActivity().when(receive(SECOND, line(1, "1", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS))
                .containsExactly(
                        stockReceived(BRACKET, "24", SECOND),
                        stockReserved(LAMPS, 1, "4"),
                        stockReserved(SHELVES, 2, "20"));
    }

    @Test
    void reserves_again_what_a_requisition_gave_back_when_its_goods_went_back() {
        aggregates.given(
                Requisition.class,
                requisitionOf(LAMPS, 1),
                filled(LAMPS, 1, RECEIPT, "96", "96"),
                new RequisitionGoodsReturned(
                        requisitionOf(LAMPS, 1), LAMPS, 1, BRACKET, ORDER, RECEIPT, qty("24"), qty("72")));
        orders.with(Receipts.orderWithBracketsAccepted("3"));

        fixture.givenNoPriorActivity().when(receive(SECOND, line(1, "1", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(BRACKETS))
                .containsExactly(stockReceived(BRACKET, "24", SECOND), stockReserved(LAMPS, 1, "24"));
    }

    @Test
    void reserves_nothing_of_a_line_bought_for_stock() {
        fixture.givenNoPriorActivity().when(receive(line(2, "200", "0"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.history(HINGES)).containsExactly(stockReceived(HINGE, "200", RECEIPT));
    }

    @Test
    void puts_nothing_into_stock_of_a_line_inspection_rejected_whole() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "2", "2")))
                .expectEvents(received(brackets("2", "2", "0", "0")));

        assertThat(aggregates.history(BRACKETS)).isEmpty();
        assertThat(orders.receipts()).hasSize(1);
    }

    @Test
    void appends_nothing_anywhere_when_the_order_refuses_a_cancelled_line() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "1"), line(3, "1", "0")))
                .expectException(refusedBy(OrderRefusal.class, "order-line-cancelled"))
                .expectNoEvents();

        assertNothingRecordedOnTheOrderNorInStock();
    }

    @Test
    void appends_nothing_anywhere_when_the_order_refuses_receiving_beyond_its_tolerance() {
        fixture.givenNoPriorActivity()
                .when(receive(line(2, "200", "0"), line(1, "11", "0")))
                .expectException(refusedBy(OrderRefusal.class, "over-receipt"))
                .expectNoEvents();

        assertNothingRecordedOnTheOrderNorInStock();
    }

    @Test
    void rejects_a_receipt_against_an_order_never_placed() {
        fixture.givenNoPriorActivity()
                .when(new RecordGoodsReceipt(
                        RECEIPT, UNKNOWN_ORDER, NINGBO, List.of(line(1, "5", "0")), ERIN, RECEIVED_ON))
                .expectException(refusedBy(UnknownPurchaseOrder.class, "unknown-purchase-order"))
                .expectExceptionMessage("purchase order " + UNKNOWN_ORDER + " is not a purchase order of the ledger")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        fixture.givenNoPriorActivity()
                .when(receive(line(9, "5", "0")))
                .expectException(refusedBy(UnknownOrderLine.class, "unknown-order-line"))
                .expectExceptionMessage("purchase order " + ORDER + " has no line 9")
                .expectNoEvents();
        assertNothingRecordedOnTheOrderNorInStock();
    }

    @Test
    void rejects_an_order_line_listed_twice() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "0"), line(1, "2", "0")))
                .expectException(refusedBy(OrderLineListedTwice.class, "order-line-listed-twice"))
                .expectNoEvents();
        assertNothingRecordedOnTheOrderNorInStock();
    }

    @Test
    void rejects_a_receipt_without_lines() {
        fixture.givenNoPriorActivity()
                .when(receive())
                .expectException(refusedBy(ReceiptHasNoLines.class, "receipt-has-no-lines"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_that_received_nothing() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "0", "0")))
                .expectException(refusedBy(QuantityNotPositive.class, "quantity-not-positive"))
                .expectExceptionMessage("the quantity received on line 1 must be greater than zero, but was 0")
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_more_than_came_in() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "6")))
                .expectException(refusedBy(RejectedOutOfRange.class, "rejected-out-of-range"))
                .expectExceptionMessage("line 1 rejected 6 but must reject between 0 and the 5 received")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_rejected_quantity() {
        fixture.givenNoPriorActivity()
                .when(receive(line(1, "5", "-1")))
                .expectException(refusedBy(RejectedOutOfRange.class, "rejected-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_receipt_without_a_warehouse() {
        fixture.givenNoPriorActivity()
                .when(new RecordGoodsReceipt(RECEIPT, ORDER, null, List.of(line(1, "5", "0")), ERIN, RECEIVED_ON))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("warehouse is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_receipt_without_who_received_it() {
        fixture.givenNoPriorActivity()
                .when(new RecordGoodsReceipt(RECEIPT, ORDER, NINGBO, List.of(line(1, "5", "0")), null, RECEIVED_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("receivedBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_receipt_without_its_date() {
        fixture.givenNoPriorActivity()
                .when(new RecordGoodsReceipt(RECEIPT, ORDER, NINGBO, List.of(line(1, "5", "0")), ERIN, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("receivedOn is required and was missing or blank")
                .expectNoEvents();
    }

    private void assertNothingRecordedOnTheOrderNorInStock() {
        assertThat(orders.receipts()).isEmpty();
        assertThat(orders.line(ORDER, 1).acceptedSoFar()).isEqualByComparingTo("0");
        assertThat(orders.line(ORDER, 2).acceptedSoFar()).isEqualByComparingTo("0");
        assertThat(aggregates.history(BRACKETS)).isEmpty();
        assertThat(aggregates.history(HINGES)).isEmpty();
    }
}
