package com.tradeledger.purchasing;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the supplier directory (供应商) from the supplier events. The event's sequence number becomes the
 * supplier's version and its timestamp the supplier's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("supplier-directory")
public class SupplierDirectoryProjection {

    private final SupplierDirectory directory;

    public SupplierDirectoryProjection(SupplierDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    public void on(SupplierRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.register(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.change(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierDeactivated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.deactivate(event.supplierId(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(SupplierOfferSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
        directory.setOffer(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        directory.clear();
    }
}
