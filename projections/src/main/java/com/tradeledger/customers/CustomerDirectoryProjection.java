package com.tradeledger.customers;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the customer directory from the customer events. The event's sequence number becomes the row's
 * version and its timestamp the row's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("customer-directory")
public class CustomerDirectoryProjection {

    private final CustomerDirectory directory;

    public CustomerDirectoryProjection(CustomerDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    public void on(CustomerRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.add(new CustomerView(
                event.customerId(),
                event.code(),
                event.name(),
                event.country(),
                event.address(),
                event.contacts(),
                event.grade(),
                event.salesperson(),
                event.creditLimit(),
                event.preferredCurrency(),
                CustomerStatus.ACTIVE,
                null,
                sequence,
                at,
                at));
    }

    @EventHandler
    public void on(CustomerGradeChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.changeGrade(event.customerId(), event.grade(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CreditLimitSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.setCreditLimit(event.customerId(), event.creditLimit(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerHandedOver event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.handOver(event.customerId(), event.toSalesperson(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerMerged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.markMerged(event.customerId(), event.survivorId(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(CustomerDeactivated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.deactivate(event.customerId(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        directory.clear();
    }
}
