package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.DUE_ON;
import static com.tradeledger.billing.Billing.DUNNING_DEADLINE;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.PAYMENT;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.accrued;
import static com.tradeledger.billing.Billing.cancelled;
import static com.tradeledger.billing.Billing.eur;
import static com.tradeledger.billing.Billing.issued;
import static com.tradeledger.billing.Billing.issuedWithoutCommission;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.settled;
import static com.tradeledger.billing.Billing.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.time.Instant;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.test.deadline.ScheduledDeadlineInfo;
import org.junit.jupiter.api.Test;

/** A payment applied to an invoice, as the payment's command handler applies it, in its unit of work. */
class ApplyPaymentTest {

    private final EventSourcedInvoices invoices = new EventSourcedInvoices();

    @Test
    void applies_part_of_the_invoice_and_accrues_the_agents_commission_on_it() {
        invoices.given(INVOICE, issued());

        apply(usd("500.00"));

        assertThat(invoices.newEventsOf(INVOICE, 1))
                .containsExactly(paymentApplied(usd("500.00"), usd("700.00")), accrued(usd("500.00"), usd("25.00")));
    }

    @Test
    void settles_the_invoice_once_nothing_is_owed() {
        invoices.given(INVOICE, issued());
        invoices.receivables.opened(INVOICE, ACME, usd("1200.00"), DUE_ON);

        apply(usd("1200.00"));

        assertThat(invoices.newEventsOf(INVOICE, 1))
                .containsExactly(
                        paymentApplied(usd("1200.00"), usd("0.00")),
                        accrued(usd("1200.00"), usd("60.00")),
                        settled(DUE_ON));
        assertThat(invoices.receivables.openInvoices(ACME, USD)).isEmpty();
    }

    @Test
    void tells_the_receivables_what_is_still_outstanding() {
        invoices.given(INVOICE, issued());
        invoices.receivables.opened(INVOICE, ACME, usd("1200.00"), DUE_ON);

        apply(usd("500.00"));

        assertThat(invoices.receivables.openInvoices(ACME, USD))
                .containsExactly(new OpenInvoice(INVOICE, usd("700.00"), DUE_ON));
    }

    @Test
    void stops_dunning_the_invoice_a_payment_settles() {
        invoices.given(INVOICE, issued());
        dunningScheduled();

        apply(usd("1200.00"));

        assertThat(invoices.deadlines.getScheduledDeadlines()).isEmpty();
    }

    @Test
    void keeps_dunning_an_invoice_a_payment_leaves_something_owing_on() {
        invoices.given(INVOICE, issued());
        dunningScheduled();

        apply(usd("500.00"));

        assertThat(invoices.deadlines.getScheduledDeadlines())
                .extracting(ScheduledDeadlineInfo::getDeadlineName)
                .containsExactly(DUNNING_DEADLINE);
    }

    @Test
    void rounds_the_commission_half_even_to_the_cent() {
        invoices.given(INVOICE, issued());

        apply(usd("100.10"));

        assertThat(invoices.newEventsOf(INVOICE, 1)).contains(accrued(usd("100.10"), usd("5.00")));
    }

    @Test
    void accrues_no_commission_on_an_invoice_without_commission_terms() {
        invoices.given(INVOICE, issuedWithoutCommission());

        apply(usd("500.00"));

        assertThat(invoices.newEventsOf(INVOICE, 1)).containsExactly(paymentApplied(usd("500.00"), usd("700.00")));
    }

    @Test
    void rejects_applying_more_than_is_outstanding() {
        invoices.given(INVOICE, issued(), paymentApplied(usd("1000.00"), usd("200.00")));

        assertRefused(usd("200.01"), PaymentExceedsOutstanding.class, "payment-exceeds-outstanding");
    }

    @Test
    void rejects_applying_a_payment_to_a_settled_invoice() {
        invoices.given(INVOICE, issued(), paymentApplied(usd("1200.00"), usd("0.00")), settled(DUE_ON));

        assertRefused(usd("1.00"), InvoiceAlreadySettled.class, "invoice-settled");
    }

    @Test
    void rejects_applying_a_payment_to_a_cancelled_invoice() {
        invoices.given(INVOICE, issued(), cancelled());

        assertRefused(usd("1.00"), InvoiceAlreadyCancelled.class, "invoice-cancelled");
    }

    @Test
    void rejects_applying_an_amount_in_another_currency() {
        invoices.given(INVOICE, issued());

        assertRefused(eur("100.00"), CurrencyMismatch.class, "currency-mismatch");
    }

    @Test
    void rejects_applying_an_amount_finer_than_a_cent() {
        invoices.given(INVOICE, issued());

        assertRefused(Money.of("100.005", "USD"), AmountBelowMinorUnit.class, "amount-below-minor-unit");
    }

    @Test
    void reads_where_an_invoice_stands() {
        invoices.given(INVOICE, issued(), paymentApplied(usd("1000.00"), usd("200.00")));

        assertThat(invoices.inUnitOfWork(() -> invoices.invoices.balanceOf(INVOICE)))
                .contains(new InvoiceBalance(INVOICE, ACME, USD, InvoiceStatus.OPEN, usd("200.00")));
    }

    @Test
    void knows_no_balance_of_an_invoice_never_issued() {
        assertThat(invoices.inUnitOfWork(() -> invoices.invoices.balanceOf(Billing.OTHER_INVOICE)))
                .isEmpty();
    }

    private void apply(Money applied) {
        invoices.inUnitOfWork(() -> {
            invoices.invoices.applyPayment(INVOICE, PAYMENT, applied, DUE_ON);
            return null;
        });
    }

    /** The first reminder the invoice's issue schedules, in the invoice's own scope. */
    private void dunningScheduled() {
        invoices.deadlines.schedule(
                Instant.parse("2026-08-01T00:00:00Z"),
                DUNNING_DEADLINE,
                null,
                new AggregateScopeDescriptor("Invoice", INVOICE));
    }

    private void assertRefused(Money applied, Class<? extends BusinessRuleViolation> rule, String code) {
        int before = invoices.eventsOf(INVOICE).size();
        assertThatThrownBy(() -> apply(applied))
                .isInstanceOf(rule)
                .extracting("code")
                .isEqualTo(code);
        assertThat(invoices.eventsOf(INVOICE)).hasSize(before);
    }
}
