package com.tradeledger.payables;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the payables book (应付) from the supplier bill and supplier payment events: bills recorded, matched or
 * held, approved and paid; payments made. Each event's sequence number guards the row of its own bill or payment,
 * so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("payables-book")
public class PayablesBookProjection {

    private final PayablesBook book;

    public PayablesBookProjection(PayablesBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(SupplierBillRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.record(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillMatched event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.match(event.billId(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillHeld event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.hold(event.billId(), event.mismatches(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.approve(event.billId(), event.approvedBy(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierBillPaid event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.pay(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierPaymentMade event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.addPayment(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
