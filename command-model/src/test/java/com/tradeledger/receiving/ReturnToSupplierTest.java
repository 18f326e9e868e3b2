package com.tradeledger.receiving;

import static com.tradeledger.receiving.Receipts.BRACKET;
import static com.tradeledger.receiving.Receipts.BRACKETS;
import static com.tradeledger.receiving.Receipts.CTN;
import static com.tradeledger.receiving.Receipts.ERIN;
import static com.tradeledger.receiving.Receipts.HINGE;
import static com.tradeledger.receiving.Receipts.HINGES;
import static com.tradeledger.receiving.Receipts.LAMPS;
import static com.tradeledger.receiving.Receipts.ORDER;
import static com.tradeledger.receiving.Receipts.PCS;
import static com.tradeledger.receiving.Receipts.RECEIPT;
import static com.tradeledger.receiving.Receipts.RETURNED_ON;
import static com.tradeledger.receiving.Receipts.SHELVES;
import static com.tradeledger.receiving.Receipts.brackets;
import static com.tradeledger.receiving.Receipts.filled;
import static com.tradeledger.receiving.Receipts.fromStock;
import static com.tradeledger.receiving.Receipts.hinges;
import static com.tradeledger.receiving.Receipts.qty;
import static com.tradeledger.receiving.Receipts.received;
import static com.tradeledger.receiving.Receipts.refusedBy;
import static com.tradeledger.receiving.Receipts.rejectedGoods;
import static com.tradeledger.receiving.Receipts.released;
import static com.tradeledger.receiving.Receipts.requisitionOf;
import static com.tradeledger.receiving.Receipts.returnGoods;
import static com.tradeledger.receiving.Receipts.returned;
import static com.tradeledger.receiving.Receipts.stockReceived;
import static com.tradeledger.receiving.Receipts.stockReserved;
import static com.tradeledger.receiving.Receipts.stockReturned;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.Requisition;
import com.tradeledger.purchasing.RequisitionGoodsReturned;
import com.tradeledger.receiving.InMemoryPurchaseOrders.Recorded;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.stock.NotEnoughStock;
import com.tradeledger.stock.Stock;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Returning goods of a receipt to the supplier (退货): line 1 accepted 4 cartons (96 pieces) and rejected 1, line 2
 * accepted 200 hinges; the order is faked, the stock sourced from its own events, in one unit of work.
 */
class ReturnToSupplierTest {

    private static final GoodsReceived RECEIVED = received(brackets("5", "1", "4", "96"), hinges("200", "0", "200"));

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final InMemoryPurchaseOrders orders =
            new InMemoryPurchaseOrders().with(Receipts.orderWithBracketsAccepted("4"));
    private final FixtureConfiguration<GoodsReceipt> fixture = Receipts.fixture(orders, aggregates);

    ReturnToSupplierTest() {
        aggregates.given(Stock.class, HINGES, stockReceived(HINGE, "200", RECEIPT));
        Receipts.bracketRequisitions(aggregates);
    }

    @Test
    void returns_faulty_goods_this_order_reserved_for_a_contract_line_and_the_line_waits_for_them_again() {
        aggregates.given(Stock.class, BRACKETS, stockReceived(BRACKET, "96", RECEIPT), stockReserved(LAMPS, 1, "96"));
        aggregates.given(Requisition.class, requisitionOf(LAMPS, 1), filled(LAMPS, 1, RECEIPT, "96", "96"));

        fixture.given(RECEIVED).when(returnGoods(fromStock(1, "1"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.appendedAfterGiven(BRACKETS))
                .containsExactly(released(LAMPS, 1, "24"), stockReturned(BRACKET, "24"));
        assertThat(aggregates.appendedAfterGiven(requisitionOf(LAMPS, 1)))
                .containsExactly(new RequisitionGoodsReturned(
                        requisitionOf(LAMPS, 1), LAMPS, 1, BRACKET, ORDER, RECEIPT, qty("24"), qty("72")));
    }

    @Test
    void returns_free_stock_before_touching_what_contracts_hold() {
        aggregates.given(Stock.class, BRACKETS, stockReceived(BRACKET, "96", RECEIPT), stockReserved(LAMPS, 1, "72"));
        aggregates.given(Requisition.class, requisitionOf(LAMPS, 1), filled(LAMPS, 1, RECEIPT, "72", "72"));

        fixture.given(RECEIVED).when(returnGoods(fromStock(1, "1"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.appendedAfterGiven(BRACKETS)).containsExactly(stockReturned(BRACKET, "24"));
        assertThat(aggregates.appendedAfterGiven(requisitionOf(LAMPS, 1))).isEmpty();
    }

    @Test
    void takes_back_from_the_last_requisition_first() {
        aggregates.given(
                Stock.class,
                BRACKETS,
                stockReceived(BRACKET, "96", RECEIPT),
                stockReserved(LAMPS, 1, "86"),
                stockReserved(SHELVES, 2, "10"));
        aggregates.given(Requisition.class, requisitionOf(LAMPS, 1), filled(LAMPS, 1, RECEIPT, "86", "86"));
        aggregates.given(Requisition.class, requisitionOf(SHELVES, 2), filled(SHELVES, 2, RECEIPT, "10", "10"));

        fixture.given(RECEIVED).when(returnGoods(fromStock(1, "1"))).expectSuccessfulHandlerExecution();

        assertThat(aggregates.appendedAfterGiven(BRACKETS))
                .containsExactly(released(SHELVES, 2, "10"), released(LAMPS, 1, "14"), stockReturned(BRACKET, "24"));
    }

    @Test
    void returns_faulty_goods_from_stock() {
        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(2, "50")))
                .expectEvents(returned(new ReturnedLine(2, HINGE, qty("50"), PCS, qty("50"), true)));

        assertThat(aggregates.appendedAfterGiven(HINGES)).containsExactly(stockReturned(HINGE, "50"));
    }

    @Test
    void records_goods_returned_from_stock_on_the_order() {
        fixture.given(RECEIVED).when(returnGoods(fromStock(2, "50"))).expectSuccessfulHandlerExecution();

        assertThat(orders.returns())
                .containsExactly(new Recorded(ORDER, RECEIPT, List.of(new LineReceipt(2, qty("50"), qty("0")))));
    }

    @Test
    void takes_goods_returned_from_stock_out_in_base_unit() {
        aggregates.given(Stock.class, BRACKETS, stockReceived(BRACKET, "96", RECEIPT));

        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(1, "1")))
                .expectEvents(returned(new ReturnedLine(1, BRACKET, qty("1"), CTN, qty("24"), true)));

        assertThat(aggregates.appendedAfterGiven(BRACKETS)).containsExactly(stockReturned(BRACKET, "24"));
        assertThat(orders.line(ORDER, 1).acceptedSoFar()).isEqualByComparingTo("3");
    }

    @Test
    void returns_rejected_goods_without_touching_the_order_or_stock() {
        fixture.given(RECEIVED)
                .when(returnGoods(rejectedGoods(1, "1")))
                .expectEvents(returned(new ReturnedLine(1, BRACKET, qty("1"), CTN, qty("24"), false)));

        assertThat(orders.returns()).isEmpty();
        assertThat(aggregates.history(BRACKETS)).isEmpty();
    }

    @Test
    void returns_from_stock_and_rejected_goods_of_one_line_together() {
        aggregates.given(Stock.class, BRACKETS, stockReceived(BRACKET, "96", RECEIPT));

        fixture.given(RECEIVED)
                .when(returnGoods(rejectedGoods(1, "1"), fromStock(1, "4")))
                .expectEvents(returned(
                        new ReturnedLine(1, BRACKET, qty("1"), CTN, qty("24"), false),
                        new ReturnedLine(1, BRACKET, qty("4"), CTN, qty("96"), true)));
    }

    @Test
    void rejects_returning_from_stock_more_than_the_line_accepted() {
        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(2, "201")))
                .expectException(refusedBy(ReturnExceedsAccepted.class, "return-exceeds-accepted"))
                .expectExceptionMessage("line 2: 201 to return from stock, but only 200 accepted is left to return")
                .expectNoEvents();
        assertNothingReturnedOnTheOrderNorInStock();
    }

    @Test
    void rejects_returning_from_stock_what_earlier_returns_already_sent_back() {
        fixture.given(RECEIVED, returned(new ReturnedLine(2, HINGE, qty("150"), PCS, qty("150"), true)))
                .when(returnGoods(fromStock(2, "51")))
                .expectException(refusedBy(ReturnExceedsAccepted.class, "return-exceeds-accepted"))
                .expectNoEvents();
    }

    @Test
    void counts_the_lines_of_one_return_against_each_other() {
        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(2, "150"), fromStock(2, "60")))
                .expectException(refusedBy(ReturnExceedsAccepted.class, "return-exceeds-accepted"))
                .expectExceptionMessage("line 2: 60 to return from stock, but only 50 accepted is left to return")
                .expectNoEvents();
        assertNothingReturnedOnTheOrderNorInStock();
    }

    @Test
    void rejects_returning_more_rejected_goods_than_inspection_rejected() {
        fixture.given(RECEIVED)
                .when(returnGoods(rejectedGoods(1, "2")))
                .expectException(refusedBy(ReturnExceedsRejected.class, "return-exceeds-rejected"))
                .expectExceptionMessage("line 1: 2 rejected to return, but only 1 rejected is left to return")
                .expectNoEvents();
    }

    @Test
    void rejects_returning_rejected_goods_already_sent_back() {
        fixture.given(RECEIVED, returned(new ReturnedLine(1, BRACKET, qty("1"), CTN, qty("24"), false)))
                .when(returnGoods(rejectedGoods(1, "1")))
                .expectException(refusedBy(ReturnExceedsRejected.class, "return-exceeds-rejected"))
                .expectNoEvents();
    }

    @Test
    void rejects_returning_a_line_the_receipt_did_not_receive() {
        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(3, "1")))
                .expectException(refusedBy(LineNotOnReceipt.class, "line-not-on-receipt"))
                .expectExceptionMessage("goods receipt " + RECEIPT + " received nothing against purchase order line 3")
                .expectNoEvents();
    }

    @Test
    void appends_nothing_anywhere_when_the_goods_are_reserved_for_a_contract_by_its_signing_not_this_order() {
        aggregates.given(Stock.class, BRACKETS, stockReceived(BRACKET, "96", RECEIPT), stockReserved(LAMPS, 1, "96"));

        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(2, "10"), fromStock(1, "1")))
                .expectException(refusedBy(NotEnoughStock.class, "not-enough-stock"))
                .expectNoEvents();

        assertNothingReturnedOnTheOrderNorInStock();
        assertThat(aggregates.appendedAfterGiven(BRACKETS)).isEmpty();
    }

    @Test
    void rejects_a_return_without_a_reason() {
        fixture.given(RECEIVED)
                .when(new ReturnToSupplier(RECEIPT, List.of(fromStock(2, "1")), " ", ERIN, RETURNED_ON, null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_return_without_who_returned_the_goods() {
        fixture.given(RECEIVED)
                .when(new ReturnToSupplier(
                        RECEIPT, List.of(fromStock(2, "1")), Receipts.FAULTY, null, RETURNED_ON, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("returnedBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_return_without_lines() {
        fixture.given(RECEIVED)
                .when(returnGoods())
                .expectException(refusedBy(ReturnHasNoLines.class, "return-has-no-lines"))
                .expectNoEvents();
    }

    @Test
    void rejects_returning_nothing() {
        fixture.given(RECEIVED)
                .when(returnGoods(fromStock(2, "0")))
                .expectException(refusedBy(QuantityNotPositive.class, "quantity-not-positive"))
                .expectExceptionMessage("the quantity returned on line 2 must be greater than zero, but was 0")
                .expectNoEvents();
    }

    private void assertNothingReturnedOnTheOrderNorInStock() {
        assertThat(orders.returns()).isEmpty();
        assertThat(orders.line(ORDER, 1).acceptedSoFar()).isEqualByComparingTo("4");
        assertThat(orders.line(ORDER, 2).acceptedSoFar()).isEqualByComparingTo("0");
        assertThat(aggregates.appendedAfterGiven(HINGES)).isEmpty();
    }
}
