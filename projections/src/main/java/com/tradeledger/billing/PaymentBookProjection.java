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
 * Builds the payment book from the payment events: receipt, allocations to invoices and the credit left over. The
 * event's sequence number becomes the payment's version and its timestamp the payment's change time, so replaying
 * the log gives the same rows.
 */
@Component
@ProcessingGroup("billing-book")
public class PaymentBookProjection {

    private final PaymentBook book;

    public PaymentBookProjection(PaymentBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(PaymentReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.add(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PaymentAllocated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var allocation = new PaymentAllocationView(event.invoiceId(), event.amount(), event.rate(), event.applied());
        book.allocate(event.paymentId(), allocation, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerCreditRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.leaveCredit(event.paymentId(), event.amount(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
