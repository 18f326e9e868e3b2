package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PROMISED;
import static com.tradeledger.purchasing.PurchaseOrderExamples.bracketLine;
import static com.tradeledger.purchasing.PurchaseOrderExamples.gasketLine;
import static com.tradeledger.purchasing.PurchaseOrderExamples.july;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskCleared;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfirmPurchaseOrderTest {

    private final PurchaseOrderExamples.Fixture fixture = new PurchaseOrderExamples.Fixture();

    @Test
    void confirms_with_the_dates_given_and_keeps_the_others() {
        fixture.aggregate
                .given(placed())
                .when(confirm(new PromisedDate(2, july(8))))
                .expectEvents(confirmed(PROMISED, july(8)));
    }

    @Test
    void confirms_as_placed_when_no_date_is_given() {
        fixture.aggregate
                .given(placed())
                .when(new ConfirmPurchaseOrder(ORDER, null, null))
                .expectEvents(confirmed(PROMISED, PROMISED));
    }

    @Test
    void raises_a_delivery_risk_when_the_confirmed_date_is_late() {
        fixture.aggregate
                .given(placed())
                .when(confirm(new PromisedDate(1, july(18))))
                .expectEvents(confirmed(july(18), PROMISED), riskRaised(FOR_LINE_2, july(18), 3));
    }

    @Test
    void clears_the_delivery_risk_when_the_confirmed_date_is_in_time() {
        fixture.aggregate
                .given(placedLate(), riskRaised(FOR_LINE_2, july(20), 5))
                .when(confirm(new PromisedDate(1, july(12))))
                .expectEvents(confirmed(july(12), PROMISED), riskCleared(FOR_LINE_2, july(12)));
    }

    @Test
    void raises_the_risk_again_when_the_confirmed_date_is_late_by_other_days() {
        fixture.aggregate
                .given(placedLate(), riskRaised(FOR_LINE_2, july(20), 5))
                .when(confirm(new PromisedDate(1, july(22))))
                .expectEvents(confirmed(july(22), PROMISED), riskRaised(FOR_LINE_2, july(22), 7));
    }

    @Test
    void raises_no_risk_again_when_the_line_stays_late_by_the_same_days() {
        fixture.aggregate
                .given(placedLate(), riskRaised(FOR_LINE_2, july(20), 5))
                .when(confirm(new PromisedDate(1, july(20))))
                .expectEvents(confirmed(july(20), PROMISED));
    }

    @Test
    void rejects_confirming_twice() {
        fixture.aggregate
                .given(placed(), confirmed(PROMISED, PROMISED))
                .when(confirm())
                .expectException(PurchaseOrderNotPlaced.class)
                .expectExceptionMessage("purchase order " + ORDER + " is CONFIRMED, not placed")
                .expectNoEvents();
    }

    @Test
    void rejects_confirming_an_order_whose_lines_were_all_cancelled() {
        fixture.aggregate
                .given(
                        placed(),
                        new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), "contract cancelled"),
                        new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"))
                .when(confirm())
                .expectException(PurchaseOrderNotPlaced.class)
                .expectExceptionMessage("purchase order " + ORDER + " is CANCELLED, not placed")
                .expectNoEvents();
    }

    @Test
    void rejects_a_date_for_a_line_the_order_does_not_have() {
        fixture.aggregate
                .given(placed())
                .when(confirm(new PromisedDate(3, july(8))))
                .expectException(UnknownPurchaseOrderLine.class)
                .expectExceptionMessage("purchase order " + ORDER + " has no line 3")
                .expectNoEvents();
    }

    @Test
    void rejects_a_date_for_a_cancelled_line() {
        fixture.aggregate
                .given(placed(), new PurchaseOrderLineCancelled(ORDER, 2, new BigDecimal("500"), "no longer stocked"))
                .when(confirm(new PromisedDate(2, july(8))))
                .expectException(LineAlreadyCancelled.class)
                .expectExceptionMessage("line 2 of purchase order " + ORDER + " was cancelled")
                .expectNoEvents();
    }

    @Test
    void rejects_a_date_before_the_order_was_placed() {
        fixture.aggregate
                .given(placed())
                .when(confirm(new PromisedDate(1, LocalDate.of(2026, 6, 1))))
                .expectException(PromisedBeforePlaced.class)
                .expectNoEvents();
    }

    @Test
    void rejects_two_dates_for_one_line() {
        fixture.aggregate
                .given(placed())
                .when(confirm(new PromisedDate(1, july(8)), new PromisedDate(1, july(9))))
                .expectException(PromisedDateGivenTwice.class)
                .expectExceptionMessage("the confirmation gives line 1 more than one date")
                .expectNoEvents();
    }

    private static PurchaseOrderPlaced placedLate() {
        return placed(bracketLine(july(20)), gasketLine(2));
    }

    private static ConfirmPurchaseOrder confirm(PromisedDate... dates) {
        return new ConfirmPurchaseOrder(ORDER, List.of(dates), null);
    }

    private static PurchaseOrderConfirmed confirmed(LocalDate line1, LocalDate line2) {
        return new PurchaseOrderConfirmed(ORDER, List.of(new PromisedDate(1, line1), new PromisedDate(2, line2)));
    }
}
