package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.COMMISSION;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.DUE_ON;
import static com.tradeledger.billing.Billing.DUNNING_DEADLINE;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.ISSUED_ON;
import static com.tradeledger.billing.Billing.NUMBER;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.bracketLine;
import static com.tradeledger.billing.Billing.eur;
import static com.tradeledger.billing.Billing.issue;
import static com.tradeledger.billing.Billing.issued;
import static com.tradeledger.billing.Billing.refusedBy;
import static com.tradeledger.billing.Billing.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class IssueInvoiceTest {

    private final InMemoryDocumentNumbers numbers = new InMemoryDocumentNumbers();
    private final InMemoryReceivables receivables = new InMemoryReceivables();
    private final FixtureConfiguration<Invoice> fixture = Billing.fixture(numbers, receivables);

    @Test
    void issues_the_invoice_under_the_first_number_of_the_year_with_its_totals_and_commission_terms() {
        fixture.givenNoPriorActivity().when(issue()).expectEvents(issued());
    }

    @Test
    void numbers_the_invoice_after_the_last_one_of_the_year_of_issue() {
        numbers.after("INV", 2026, 41).after("INV", 2025, 900);

        fixture.givenNoPriorActivity()
                .when(issue())
                .expectEvents(issued(new DocumentNumber("INV-2026-000042"), usd("0.00"), usd("1200.00"), COMMISSION));
    }

    @Test
    void deducts_the_deposit_applied_from_the_goods_total() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("360.00"), DUE_ON))
                .expectEvents(issued(NUMBER, usd("360.00"), usd("840.00"), COMMISSION));
    }

    @Test
    void adds_the_line_totals_into_the_goods_total() {
        InvoiceLine more = bracketLine("50", usd("600.00"));
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine(), more), null, DUE_ON))
                .expectEvents(new InvoiceIssued(
                        INVOICE,
                        NUMBER,
                        InvoiceKind.SHIPMENT,
                        CONTRACT,
                        Billing.SHIPMENT,
                        ACME,
                        Billing.ALICE,
                        USD,
                        List.of(bracketLine(), more),
                        usd("1800.00"),
                        usd("0.00"),
                        usd("1800.00"),
                        COMMISSION,
                        ISSUED_ON,
                        DUE_ON));
    }

    @Test
    void settles_at_once_an_invoice_the_deposit_covers_in_full() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("1200.00"), DUE_ON))
                .expectEvents(
                        issued(NUMBER, usd("1200.00"), usd("0.00"), COMMISSION),
                        new InvoiceSettled(INVOICE, CONTRACT, ISSUED_ON))
                .expectNoScheduledDeadlines();
        assertThat(receivables.openInvoices(ACME, USD)).isEmpty();
    }

    @Test
    void schedules_the_first_reminder_for_the_start_of_the_day_after_the_due_date_in_utc() {
        fixture.givenNoPriorActivity()
                .when(issue())
                .expectScheduledDeadlineWithName(Instant.parse("2026-08-01T00:00:00Z"), DUNNING_DEADLINE);
    }

    @Test
    void opens_the_invoice_in_the_receivables_for_its_total_and_due_date() {
        fixture.givenNoPriorActivity().when(issue()).expectSuccessfulHandlerExecution();

        assertThat(receivables.openInvoices(ACME, USD))
                .containsExactly(new OpenInvoice(INVOICE, usd("1200.00"), DUE_ON));
    }

    @Test
    void issues_an_invoice_due_on_the_day_of_issue() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("0.00"), ISSUED_ON))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(Instant.parse("2026-07-02T00:00:00Z"), DUNNING_DEADLINE);
    }

    @Test
    void rejects_an_invoice_without_lines_and_uses_no_number() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(), usd("0.00"), DUE_ON))
                .expectException(refusedBy(InvoiceWithoutLines.class, "invoice-without-lines"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        assertThat(numbers.taken("INV", 2026)).isZero();
        assertThat(receivables.openInvoices(ACME, USD)).isEmpty();
    }

    @Test
    void rejects_a_line_priced_in_another_currency() {
        InvoiceLine inEuro = new InvoiceLine(
                "BRK-200, contract line 1", Billing.BRACKET, BigDecimal.TEN, Billing.PCS, eur("12.00"), eur("120.00"));
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine(), inEuro), usd("0.00"), DUE_ON))
                .expectException(refusedBy(CurrencyMismatch.class, "currency-mismatch"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_deposit_applied_in_another_currency() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), eur("100.00"), DUE_ON))
                .expectException(refusedBy(CurrencyMismatch.class, "currency-mismatch"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_deposit_applied_above_the_goods_total() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("1200.01"), DUE_ON))
                .expectException(refusedBy(DepositExceedsGoods.class, "deposit-exceeds-goods"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_deposit_applied() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("-1.00"), DUE_ON))
                .expectException(refusedBy(NegativeDepositApplied.class, "negative-deposit-applied"))
                .expectNoEvents();
    }

    @Test
    void rejects_an_invoice_due_before_it_is_issued() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("0.00"), ISSUED_ON.minusDays(1)))
                .expectException(refusedBy(DueBeforeIssue.class, "due-before-issue"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_an_invoice_without_a_due_date() {
        fixture.givenNoPriorActivity()
                .when(issue(List.of(bracketLine()), usd("0.00"), null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("dueOn is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_shipment_invoice_that_names_no_shipment() {
        IssueInvoice command = issue();
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(
                        INVOICE,
                        InvoiceKind.SHIPMENT,
                        CONTRACT,
                        null,
                        ACME,
                        Billing.ALICE,
                        USD,
                        command.lines(),
                        null,
                        null,
                        ISSUED_ON,
                        DUE_ON))
                .expectException(MissingValue.class)
                .expectExceptionMessage("shipmentId is required and was missing or blank")
                .expectNoEvents();
    }
}
