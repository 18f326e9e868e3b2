package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_1;
import static com.tradeledger.purchasing.PurchaseOrderExamples.FOR_LINE_2;
import static com.tradeledger.purchasing.PurchaseOrderExamples.ORDER;
import static com.tradeledger.purchasing.PurchaseOrderExamples.PROMISED;
import static com.tradeledger.purchasing.PurchaseOrderExamples.RECEIPT;
import static com.tradeledger.purchasing.PurchaseOrderExamples.july;
import static com.tradeledger.purchasing.PurchaseOrderExamples.placed;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskCleared;
import static com.tradeledger.purchasing.PurchaseOrderExamples.riskRaised;

import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangePromisedDateTest {

    private static final String REASON = "mould repair at the factory";

    private final PurchaseOrderExamples.Fixture fixture = new PurchaseOrderExamples.Fixture();

    @Test
    void moves_the_promised_date_of_a_line_still_in_time() {
        fixture.aggregate.given(placed()).when(change(1, july(14))).expectEvents(changed(PROMISED, july(14)));
    }

    @Test
    void raises_a_delivery_risk_when_the_line_becomes_late() {
        fixture.aggregate
                .given(placed())
                .when(change(1, july(20)))
                .expectEvents(changed(PROMISED, july(20)), riskRaised(FOR_LINE_2, july(20), 5));
    }

    @Test
    void raises_the_risk_again_with_the_new_days_late_and_a_new_risk_for_the_other_requisition() {
        fixture.aggregate
                .given(placed(), changed(PROMISED, july(20)), riskRaised(FOR_LINE_2, july(20), 5))
                .when(change(1, july(30)))
                .expectEvents(
                        changed(july(20), july(30)),
                        riskRaised(FOR_LINE_1, july(30), 5),
                        riskRaised(FOR_LINE_2, july(30), 15));
    }

    @Test
    void clears_the_delivery_risk_when_the_new_date_is_the_day_needed() {
        fixture.aggregate
                .given(placed(), changed(PROMISED, july(20)), riskRaised(FOR_LINE_2, july(20), 5))
                .when(change(1, july(15)))
                .expectEvents(changed(july(20), july(15)), riskCleared(FOR_LINE_2, july(15)));
    }

    @Test
    void clears_one_risk_and_raises_the_other_again_when_the_line_is_in_time_for_one_requisition_only() {
        fixture.aggregate
                .given(
                        placed(),
                        changed(PROMISED, july(30)),
                        riskRaised(FOR_LINE_1, july(30), 5),
                        riskRaised(FOR_LINE_2, july(30), 15))
                .when(change(1, july(20)))
                .expectEvents(
                        changed(july(30), july(20)),
                        riskCleared(FOR_LINE_1, july(20)),
                        riskRaised(FOR_LINE_2, july(20), 5));
    }

    @Test
    void raises_the_risk_again_after_it_was_cleared() {
        fixture.aggregate
                .given(
                        placed(),
                        changed(PROMISED, july(20)),
                        riskRaised(FOR_LINE_2, july(20), 5),
                        changed(july(20), july(12)),
                        riskCleared(FOR_LINE_2, july(12)))
                .when(change(1, july(20)))
                .expectEvents(changed(july(12), july(20)), riskRaised(FOR_LINE_2, july(20), 5));
    }

    @Test
    void records_nothing_when_the_date_stays_the_same() {
        fixture.aggregate
                .given(placed())
                .when(change(1, PROMISED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejects_a_new_date_for_a_cancelled_line() {
        fixture.aggregate
                .given(placed(), new PurchaseOrderLineCancelled(ORDER, 1, new BigDecimal("20"), "contract cancelled"))
                .when(change(1, july(14)))
                .expectException(LineAlreadyCancelled.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_new_date_for_a_line_received_in_full() {
        fixture.aggregate
                .given(
                        placed(),
                        new PurchaseOrderLineReceived(
                                ORDER, 2, RECEIPT, new BigDecimal("500"), BigDecimal.ZERO, new BigDecimal("500")))
                .when(change(2, july(14)))
                .expectException(LineFullyReceived.class)
                .expectExceptionMessage("line 2 of purchase order " + ORDER + " was received in full")
                .expectNoEvents();
    }

    @Test
    void rejects_a_date_before_the_order_was_placed() {
        fixture.aggregate
                .given(placed())
                .when(change(1, LocalDate.of(2026, 6, 21)))
                .expectException(PromisedBeforePlaced.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_the_order_does_not_have() {
        fixture.aggregate
                .given(placed())
                .when(change(7, july(14)))
                .expectException(UnknownPurchaseOrderLine.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_reason() {
        fixture.aggregate
                .given(placed())
                .when(new ChangePromisedDate(ORDER, 1, july(14), null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    private static ChangePromisedDate change(int lineNumber, LocalDate date) {
        return new ChangePromisedDate(ORDER, lineNumber, date, REASON, null);
    }

    private static PromisedDateChanged changed(LocalDate previous, LocalDate date) {
        return new PromisedDateChanged(ORDER, 1, previous, date, REASON);
    }
}
