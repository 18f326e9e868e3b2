package com.tradeledger.billing;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the invoice book from the invoice events: issue, payments applied, credit notes, settlement,
 * cancellation, dunning reminders and commission. The event's sequence number becomes the invoice's version and
 * its timestamp the invoice's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("billing-book")
public class InvoiceBookProjection {

    private final InvoiceBook book;

    public InvoiceBookProjection(InvoiceBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(InvoiceIssued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.add(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoicePaymentApplied event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var payment = new AppliedPaymentView(event.paymentId(), event.applied(), event.paidOn());
        book.applyPayment(event.invoiceId(), payment, event.outstandingAfter(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceCredited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var creditNote = new CreditNoteView(
                event.creditNoteNumber(), event.amount(), event.reason(), event.issuedBy(), event.issuedOn());
        book.credit(event.invoiceId(), creditNote, event.outstandingAfter(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceSettled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.settle(event.invoiceId(), event.settledOn(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(InvoiceCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.cancel(event.invoiceId(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DunningReminderIssued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.remind(event.invoiceId(), event.level(), event.remindedOn(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CommissionAccrued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.accrueCommission(event.invoiceId(), event.commission(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CommissionClawedBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.clawBackCommission(event.invoiceId(), event.commission(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CommissionPaid event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.payCommission(event.invoiceId(), event.amount(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
