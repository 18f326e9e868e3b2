package com.tradeledger.contracting;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the contract book from the contract events. The event's sequence number becomes the contract's version
 * and its timestamp the contract's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("contract-book")
public class ContractBookProjection {

    private final ContractBook book;

    public ContractBookProjection(ContractBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(ContractConcluded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.add(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PaymentTermsAgreed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.agreePaymentTerms(event.contractId(), event.terms(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CommissionAgreed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.agreeCommission(event.contractId(), event.commission(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DeliveryScheduled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.scheduleDelivery(
                event.contractId(), event.lineNumber(), event.deliveryDate(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.submit(event.contractId(), event.submittedBy(), event.reasons(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.approve(event.contractId(), event.approvedBy(), event.note(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractRejected event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.reject(event.contractId(), event.rejectedBy(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractSigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.sign(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractShipmentRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.recordShipment(event.contractId(), event.lines(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.cancel(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ContractCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.complete(event.contractId(), event.completedOn(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
