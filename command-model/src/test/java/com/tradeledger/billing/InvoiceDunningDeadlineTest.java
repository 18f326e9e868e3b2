package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.DUNNING_DEADLINE;
import static com.tradeledger.billing.Billing.ISSUED_AT;
import static com.tradeledger.billing.Billing.issue;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.reminder;
import static com.tradeledger.billing.Billing.settled;
import static com.tradeledger.billing.Billing.usd;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The "invoice-dunning" deadline that issuing an invoice schedules, level by level of the dunning policy. */
class InvoiceDunningDeadlineTest {

    private static final Instant DAY_AFTER_DUE = Instant.parse("2026-08-01T00:00:00Z");
    private static final Instant FIFTEEN_DAYS_OVERDUE = Instant.parse("2026-08-15T00:00:00Z");
    private static final Instant THIRTY_DAYS_OVERDUE = Instant.parse("2026-08-30T00:00:00Z");

    private final FixtureConfiguration<Invoice> fixture =
            Billing.fixture(new InMemoryDocumentNumbers(), new InMemoryReceivables());

    @Test
    void reminds_the_customer_the_day_after_the_due_date_and_schedules_the_next_level() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(DAY_AFTER_DUE)
                .expectTriggeredDeadlinesWithName(DUNNING_DEADLINE)
                .expectEvents(reminder(1, 1, usd("1200.00")))
                .expectScheduledDeadlineWithName(FIFTEEN_DAYS_OVERDUE, DUNNING_DEADLINE);
    }

    @Test
    void sends_no_reminder_on_the_due_date_itself() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(DAY_AFTER_DUE.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(DAY_AFTER_DUE, DUNNING_DEADLINE);
    }

    @Test
    void raises_the_level_while_the_invoice_stays_overdue_and_stops_after_the_last() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(THIRTY_DAYS_OVERDUE.plusSeconds(86_400 * 60))
                .expectEvents(
                        reminder(1, 1, usd("1200.00")),
                        reminder(2, 15, usd("1200.00")),
                        reminder(3, 30, usd("1200.00")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void reminds_of_what_is_still_outstanding_after_a_part_payment() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .andGiven(paymentApplied(usd("500.00"), usd("700.00")))
                .whenThenTimeAdvancesTo(DAY_AFTER_DUE)
                .expectEvents(reminder(1, 1, usd("700.00")));
    }

    @Test
    void sends_no_reminder_once_the_invoice_is_paid() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .andGiven(paymentApplied(usd("1200.00"), usd("0.00")), settled(Billing.DUE_ON))
                .whenThenTimeAdvancesTo(THIRTY_DAYS_OVERDUE)
                .expectTriggeredDeadlinesWithName(DUNNING_DEADLINE)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void stops_raising_the_level_once_the_invoice_is_paid_between_reminders() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .andGiven(
                        reminder(1, 1, usd("1200.00")),
                        paymentApplied(usd("1200.00"), usd("0.00")),
                        settled(Billing.DUE_ON.plusDays(3)))
                .whenThenTimeAdvancesTo(THIRTY_DAYS_OVERDUE)
                .expectNoEvents();
    }

    @Test
    void follows_the_company_dunning_policy() {
        FixtureConfiguration<Invoice> weekly = Billing.fixture(
                new InMemoryDocumentNumbers(), new InMemoryReceivables(), new DunningPolicy(List.of(7, 14)));

        weekly.givenCurrentTime(ISSUED_AT)
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(THIRTY_DAYS_OVERDUE)
                .expectEvents(reminder(1, 7, usd("1200.00")), reminder(2, 14, usd("1200.00")))
                .expectNoScheduledDeadlines();
    }
}
