package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.FRANK;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.accrued;
import static com.tradeledger.billing.Billing.cancelled;
import static com.tradeledger.billing.Billing.clawedBack;
import static com.tradeledger.billing.Billing.credit;
import static com.tradeledger.billing.Billing.credited;
import static com.tradeledger.billing.Billing.eur;
import static com.tradeledger.billing.Billing.issue;
import static com.tradeledger.billing.Billing.issued;
import static com.tradeledger.billing.Billing.issuedWithoutCommission;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.refundDue;
import static com.tradeledger.billing.Billing.refusedBy;
import static com.tradeledger.billing.Billing.settled;
import static com.tradeledger.billing.Billing.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class CreditInvoiceTest {

    private static final LocalDate CREDITED_ON = LocalDate.of(2026, 7, 10);

    private final InMemoryDocumentNumbers numbers = new InMemoryDocumentNumbers();
    private final InMemoryReceivables receivables = new InMemoryReceivables();
    private final FixtureConfiguration<Invoice> fixture = Billing.fixture(numbers, receivables);

    @Test
    void credits_part_of_the_invoice_under_the_next_credit_note_number() {
        fixture.given(issuedWithoutCommission())
                .when(credit(usd("200.00")))
                .expectEvents(credited(usd("200.00"), usd("1000.00")));
    }

    @Test
    void numbers_credit_notes_in_their_own_series() {
        numbers.after("INV", 2026, 7).after("CN", 2026, 2);

        fixture.given(issuedWithoutCommission())
                .when(credit(usd("200.00")))
                .expectEvents(new InvoiceCredited(
                        INVOICE,
                        new DocumentNumber("CN-2026-000003"),
                        CONTRACT,
                        ACME,
                        usd("200.00"),
                        "damaged in transit",
                        usd("1000.00"),
                        FRANK,
                        CREDITED_ON));
    }

    @Test
    void lowers_what_the_receivables_hold_open() {
        fixture.givenCommands(issue()).when(credit(usd("200.00"))).expectSuccessfulHandlerExecution();

        assertThat(receivables.openInvoices(ACME, USD))
                .containsExactly(new OpenInvoice(INVOICE, usd("1000.00"), Billing.DUE_ON));
    }

    @Test
    void settles_the_invoice_a_credit_note_reduces_to_nothing_and_stops_its_dunning() {
        fixture.givenCommands(issue())
                .when(credit(usd("1200.00")))
                .expectEvents(credited(usd("1200.00"), usd("0.00")), settled(CREDITED_ON))
                .expectNoScheduledDeadlines();
        assertThat(receivables.openInvoices(ACME, USD)).isEmpty();
    }

    @Test
    void owes_back_what_it_credits_beyond_the_outstanding_amount_and_claws_back_commission_only_on_that() {
        fixture.given(issued(), paymentApplied(usd("1000.00"), usd("200.00")), accrued(usd("1000.00"), usd("50.00")))
                .when(credit(usd("500.00")))
                .expectEvents(
                        credited(usd("500.00"), usd("0.00")),
                        refundDue(usd("300.00")),
                        clawedBack(usd("300.00"), usd("15.00")),
                        settled(CREDITED_ON));
    }

    @Test
    void claws_back_no_commission_on_credit_that_only_reduces_what_is_outstanding() {
        fixture.given(issued(), paymentApplied(usd("600.00"), usd("600.00")), accrued(usd("600.00"), usd("30.00")))
                .when(credit(usd("200.00")))
                .expectEvents(credited(usd("200.00"), usd("400.00")));
    }

    @Test
    void owes_back_all_it_credits_on_a_settled_invoice() {
        fixture.given(
                        issued(),
                        paymentApplied(usd("1200.00"), usd("0.00")),
                        accrued(usd("1200.00"), usd("60.00")),
                        settled(Billing.DUE_ON))
                .when(credit(usd("200.00")))
                .expectEvents(
                        credited(usd("200.00"), usd("0.00")),
                        refundDue(usd("200.00")),
                        clawedBack(usd("200.00"), usd("10.00")));
    }

    @Test
    void owes_back_without_clawing_back_when_the_invoice_earns_no_commission() {
        fixture.given(issuedWithoutCommission(), paymentApplied(usd("1200.00"), usd("0.00")), settled(Billing.DUE_ON))
                .when(credit(usd("200.00")))
                .expectEvents(credited(usd("200.00"), usd("0.00")), refundDue(usd("200.00")));
    }

    @Test
    void claws_back_no_more_than_was_accrued_and_not_yet_clawed_back() {
        fixture.given(
                        issued(),
                        paymentApplied(usd("0.10"), usd("1199.90")),
                        paymentApplied(usd("0.10"), usd("1199.80")),
                        paymentApplied(usd("100.00"), usd("1099.80")),
                        accrued(usd("100.00"), usd("5.00")))
                .when(credit(usd("1200.00")))
                .expectEvents(
                        credited(usd("1200.00"), usd("0.00")),
                        refundDue(usd("100.20")),
                        clawedBack(usd("100.20"), usd("5.00")),
                        settled(CREDITED_ON));
    }

    @Test
    void claws_back_nothing_while_no_commission_was_accrued() {
        fixture.given(issued()).when(credit(usd("200.00"))).expectEvents(credited(usd("200.00"), usd("1000.00")));
    }

    @Test
    void rejects_credits_adding_up_to_more_than_the_invoice() {
        fixture.given(
                        issuedWithoutCommission(),
                        paymentApplied(usd("1000.00"), usd("200.00")),
                        credited(usd("200.00"), usd("0.00")),
                        settled(Billing.DUE_ON))
                .when(credit(usd("1000.01")))
                .expectException(refusedBy(CreditExceedsInvoice.class, "credit-exceeds-invoice"))
                .expectNoEvents();
        assertThat(numbers.taken("CN", 2026)).isZero();
    }

    @Test
    void credits_the_whole_invoice_at_most() {
        fixture.given(issuedWithoutCommission(), paymentApplied(usd("1000.00"), usd("200.00")))
                .when(credit(usd("1200.01")))
                .expectException(refusedBy(CreditExceedsInvoice.class, "credit-exceeds-invoice"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_credit_finer_than_a_cent() {
        fixture.given(issuedWithoutCommission())
                .when(credit(Money.of("10.005", "USD")))
                .expectException(refusedBy(AmountBelowMinorUnit.class, "amount-below-minor-unit"))
                .expectExceptionMessage("amount of 10.005 USD is finer than the minor unit of USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_credit_on_a_cancelled_invoice() {
        fixture.given(issuedWithoutCommission(), cancelled())
                .when(credit(usd("100.00")))
                .expectException(refusedBy(InvoiceAlreadyCancelled.class, "invoice-cancelled"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_credit_of_nothing() {
        fixture.given(issuedWithoutCommission())
                .when(credit(usd("0.00")))
                .expectException(refusedBy(AmountNotPositive.class, "amount-not-positive"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_credit_in_another_currency() {
        fixture.given(issuedWithoutCommission())
                .when(credit(eur("100.00")))
                .expectException(refusedBy(CurrencyMismatch.class, "currency-mismatch"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_credit_without_a_reason() {
        fixture.given(issuedWithoutCommission())
                .when(new CreditInvoice(INVOICE, usd("100.00"), "", FRANK, CREDITED_ON, null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }
}
