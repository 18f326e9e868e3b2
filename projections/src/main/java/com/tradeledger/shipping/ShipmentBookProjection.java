package com.tradeledger.shipping;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the shipment book from the shipment events. The event's sequence number becomes the shipment's version
 * and its timestamp the shipment's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("shipment-book")
public class ShipmentBookProjection {

    private final ShipmentBook book;

    public ShipmentBookProjection(ShipmentBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(ShipmentPlanned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.add(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ShippingDetailsRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.recordDetails(event.shipmentId(), event.details(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ShipmentShipped event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.ship(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ShipmentCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.cancel(event.shipmentId(), event.reason(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
