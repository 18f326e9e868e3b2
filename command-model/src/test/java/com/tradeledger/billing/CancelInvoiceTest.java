package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.cancelled;
import static com.tradeledger.billing.Billing.credited;
import static com.tradeledger.billing.Billing.depositIssued;
import static com.tradeledger.billing.Billing.issue;
import static com.tradeledger.billing.Billing.issueDeposit;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.refusedBy;
import static com.tradeledger.billing.Billing.settled;
import static com.tradeledger.billing.Billing.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Cancelling INVOICE, here the deposit invoice of CONTRACT, unless a test says it bills a shipment. */
class CancelInvoiceTest {

    private final InMemoryReceivables receivables = new InMemoryReceivables();
    private final FixtureConfiguration<Invoice> fixture = Billing.fixture(new InMemoryDocumentNumbers(), receivables);

    @Test
    void cancels_an_invoice_nothing_was_paid_on_and_stops_its_dunning() {
        fixture.givenCommands(issueDeposit())
                .when(cancel())
                .expectEvents(cancelled())
                .expectNoScheduledDeadlines();
    }

    @Test
    void takes_the_cancelled_invoice_out_of_the_open_receivables() {
        fixture.givenCommands(issueDeposit()).when(cancel()).expectSuccessfulHandlerExecution();

        assertThat(receivables.openInvoices(ACME, USD)).isEmpty();
    }

    @Test
    void rejects_cancelling_a_shipment_invoice_which_a_credit_note_corrects_instead() {
        fixture.givenCommands(issue())
                .when(cancel())
                .expectException(refusedBy(InvoiceNotCancellable.class, "invoice-not-cancellable"))
                .expectNoEvents();
        assertThat(receivables.openInvoices(ACME, USD)).hasSize(1);
    }

    @Test
    void rejects_cancelling_an_invoice_part_paid() {
        fixture.given(depositIssued(), paymentApplied(usd("200.00"), usd("1000.00")))
                .when(cancel())
                .expectException(refusedBy(InvoiceHasPayments.class, "invoice-has-payments"))
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_an_invoice_a_credit_note_reduced() {
        fixture.given(depositIssued(), credited(usd("200.00"), usd("1000.00")))
                .when(cancel())
                .expectException(refusedBy(InvoiceHasPayments.class, "invoice-has-payments"))
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_a_settled_invoice() {
        fixture.given(depositIssued(), paymentApplied(usd("1200.00"), usd("0.00")), settled(Billing.DUE_ON))
                .when(cancel())
                .expectException(refusedBy(InvoiceAlreadySettled.class, "invoice-settled"))
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_an_invoice_twice() {
        fixture.given(depositIssued(), cancelled())
                .when(cancel())
                .expectException(refusedBy(InvoiceAlreadyCancelled.class, "invoice-cancelled"))
                .expectNoEvents();
    }

    @Test
    void rejects_cancelling_without_a_reason() {
        fixture.given(depositIssued())
                .when(new CancelInvoice(INVOICE, " ", null))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    private static CancelInvoice cancel() {
        return new CancelInvoice(INVOICE, "contract cancelled", null);
    }
}
