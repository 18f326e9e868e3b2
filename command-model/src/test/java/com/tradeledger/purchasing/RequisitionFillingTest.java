package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.BOLTS;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.ORDER;
import static com.tradeledger.purchasing.RequisitionExamples.RECEIPT;
import static com.tradeledger.purchasing.RequisitionExamples.REQUISITION;
import static com.tradeledger.purchasing.RequisitionExamples.boltStock;
import static com.tradeledger.purchasing.RequisitionExamples.cancelled;
import static com.tradeledger.purchasing.RequisitionExamples.filled;
import static com.tradeledger.purchasing.RequisitionExamples.goodsReturned;
import static com.tradeledger.purchasing.RequisitionExamples.ordered;
import static com.tradeledger.purchasing.RequisitionExamples.raised;
import static com.tradeledger.purchasing.RequisitionExamples.reopened;
import static com.tradeledger.purchasing.RequisitionExamples.stockOver;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.StockReservationReleased;
import com.tradeledger.stock.StockReserved;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Receipts filling a requisition (收货即为合同预留) and returns giving its goods back (退货), on the requisition and the
 * stock aggregates sourced from their events, through {@link AggregateRequisitions}: REQUISITION needs 80 BOLTs for
 * contract line 1 and ORDER line 2 covers it.
 */
class RequisitionFillingTest {

    private static final PurchaseOrderId OTHER_ORDER = PurchaseOrderId.of("0d000000-0000-4000-8000-0000000000aa");

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final Requisitions requisitions = new AggregateRequisitions(aggregates.repositoryOf(Requisition.class));
    private final StockKeeping stock = stockOver(aggregates);

    @Test
    void reserves_for_the_contract_line_what_the_receipt_offers_up_to_what_it_still_needs() {
        given(raised(), ordered());
        boltStock(aggregates, "500", "0");

        assertThat(fill(ORDER, 2, "50")).isEqualByComparingTo("50");
        assertThat(fill(ORDER, 2, "50")).isEqualByComparingTo("30");

        assertThat(aggregates.appendedAfterGiven(REQUISITION)).containsExactly(filled("50", "50"), filled("30", "80"));
        assertThat(aggregates.appendedAfterGiven(BOLTS))
                .containsExactly(
                        new StockReserved(BOLT, CONTRACT, 1, new BigDecimal("50")),
                        new StockReserved(BOLT, CONTRACT, 1, new BigDecimal("30")));
        assertThat(statusOf()).isEqualTo(RequisitionStatus.FILLED);
    }

    @Test
    void reserves_nothing_more_once_filled_even_after_goods_went_back_and_came_again_beyond_it() {
        given(raised(), ordered(), filled("80", "80"), goodsReturned("20", "60"));
        boltStock(aggregates, "500", "60");

        assertThat(fill(ORDER, 2, "50")).isEqualByComparingTo("20");
        assertThat(statusOf()).isEqualTo(RequisitionStatus.FILLED);
    }

    @Test
    void reserves_only_what_the_stock_has_available() {
        given(raised(), ordered());
        boltStock(aggregates, "25", "0");

        assertThat(fill(ORDER, 2, "40")).isEqualByComparingTo("25");
        assertThat(aggregates.appendedAfterGiven(REQUISITION)).containsExactly(filled("25", "25"));
    }

    @Test
    void reserves_nothing_for_a_cancelled_requisition() {
        given(raised(), ordered(), cancelled());
        boltStock(aggregates, "500", "0");

        assertThat(fill(ORDER, 2, "40")).isZero();
        assertThat(aggregates.appendedAfterGiven(BOLTS)).isEmpty();
    }

    @Test
    void reserves_nothing_for_an_order_line_that_does_not_cover_it() {
        given(raised(), ordered());
        boltStock(aggregates, "500", "0");

        assertThat(fill(ORDER, 1, "40")).isZero();
        assertThat(fill(OTHER_ORDER, 2, "40")).isZero();
        assertThat(aggregates.appendedAfterGiven(REQUISITION)).isEmpty();
    }

    @Test
    void gives_back_what_the_order_filled_and_waits_for_it_again() {
        given(raised(), ordered(), filled("80", "80"));
        boltStock(aggregates, "80", "80");

        assertThat(giveBack(ORDER, "30")).isEqualByComparingTo("30");

        assertThat(aggregates.appendedAfterGiven(REQUISITION)).containsExactly(goodsReturned("30", "50"));
        assertThat(aggregates.appendedAfterGiven(BOLTS))
                .containsExactly(new StockReservationReleased(
                        BOLT, CONTRACT, 1, new BigDecimal("30"), "goods returned to the supplier"));
        assertThat(statusOf()).isEqualTo(RequisitionStatus.ORDERED);
    }

    @Test
    void gives_back_no_more_than_the_order_filled() {
        given(raised(), ordered(), filled("20", "20"));
        boltStock(aggregates, "80", "80");

        assertThat(giveBack(ORDER, "50")).isEqualByComparingTo("20");
        assertThat(giveBack(OTHER_ORDER, "50")).isZero();
    }

    @Test
    void reopens_for_what_it_still_needs_when_its_order_line_is_cancelled() {
        given(raised(), ordered(), filled("30", "30"));

        aggregates.inUnitOfWork(
                () -> requisitions.reopen(REQUISITION, ORDER, 2, "purchase order line cancelled: late"));

        assertThat(aggregates.appendedAfterGiven(REQUISITION)).containsExactly(reopened("50"));
        RequisitionState now =
                aggregates.inUnitOfWork(() -> requisitions.find(REQUISITION)).orElseThrow();
        assertThat(now.status()).isEqualTo(RequisitionStatus.OPEN);
        assertThat(now.stillNeeded()).isEqualByComparingTo("50");
        assertThat(now.purchaseOrderId()).isNull();
    }

    @Test
    void stays_as_it_is_when_a_line_that_does_not_cover_it_is_cancelled() {
        given(raised(), ordered());

        aggregates.inUnitOfWork(() -> requisitions.reopen(REQUISITION, ORDER, 1, "other line"));
        aggregates.inUnitOfWork(() -> requisitions.reopen(REQUISITION, OTHER_ORDER, 2, "other order"));

        assertThat(aggregates.appendedAfterGiven(REQUISITION)).isEmpty();
    }

    private void given(Object... events) {
        aggregates.given(Requisition.class, REQUISITION, events);
    }

    private BigDecimal fill(PurchaseOrderId order, int line, String offered) {
        return aggregates.inUnitOfWork(
                () -> requisitions.fill(REQUISITION, order, line, RECEIPT, new BigDecimal(offered), stock));
    }

    private BigDecimal giveBack(PurchaseOrderId order, String wanted) {
        return aggregates.inUnitOfWork(
                () -> requisitions.giveBack(REQUISITION, order, RECEIPT, new BigDecimal(wanted), stock));
    }

    private RequisitionStatus statusOf() {
        return aggregates
                .inUnitOfWork(() -> requisitions.find(REQUISITION))
                .orElseThrow()
                .status();
    }
}
