package com.tradeledger.stock;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Builds the stock levels from the stock events (counts, reservations, releases, issues, receipts, returns to suppliers
 * and transfers): each event becomes one movement, keyed by the event's identifier, that says what it did to on hand
 * and to reservations, and who counted or transferred. The event's sequence number orders the product's movements and
 * its timestamp dates them, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("stock-levels")
public class StockLevelsProjection {

    private final StockLevels levels;

    public StockLevelsProjection(StockLevels levels) {
        this.levels = levels;
    }

    // A count sets the warehouse's on hand to what was found, which is on hand moved by the difference.
    @EventHandler
    public void on(
            StockCounted event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.COUNTED,
                event.difference(),
                event.counted(),
                event.warehouse(),
                null,
                null,
                null,
                null,
                null,
                null,
                event.reason(),
                event.countedBy(),
                at);
        levels.record(new StockChange(
                eventId, event.productId(), event.baseUnit(), movement, event.difference(), BigDecimal.ZERO));
    }

    @EventHandler
    public void on(
            StockReserved event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.RESERVED,
                event.quantity(),
                null,
                null,
                event.contractId(),
                event.contractLine(),
                null,
                null,
                null,
                null,
                null,
                null,
                at);
        levels.record(new StockChange(eventId, event.productId(), null, movement, BigDecimal.ZERO, event.quantity()));
    }

    @EventHandler
    public void on(
            StockReservationReleased event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.RELEASED,
                event.quantity(),
                null,
                null,
                event.contractId(),
                event.contractLine(),
                null,
                null,
                null,
                null,
                event.reason(),
                null,
                at);
        levels.record(new StockChange(
                eventId,
                event.productId(),
                null,
                movement,
                BigDecimal.ZERO,
                event.quantity().negate()));
    }

    // The part of an issue taken from the line's reservation leaves the reservation as well as the warehouse.
    @EventHandler
    public void on(
            StockIssued event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.ISSUED,
                event.quantity(),
                null,
                event.warehouse(),
                event.contractId(),
                event.contractLine(),
                event.shipmentId(),
                null,
                null,
                null,
                null,
                null,
                at);
        levels.record(new StockChange(
                eventId,
                event.productId(),
                null,
                movement,
                event.quantity().negate(),
                event.fromReservation().negate()));
    }

    @EventHandler
    public void on(
            StockReceived event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.RECEIVED,
                event.quantity(),
                null,
                event.warehouse(),
                null,
                null,
                null,
                null,
                event.purchaseOrderId(),
                event.receiptId(),
                null,
                null,
                at);
        levels.record(new StockChange(eventId, event.productId(), null, movement, event.quantity(), BigDecimal.ZERO));
    }

    @EventHandler
    public void on(
            StockReturned event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.RETURNED,
                event.quantity(),
                null,
                event.warehouse(),
                null,
                null,
                null,
                null,
                event.purchaseOrderId(),
                event.receiptId(),
                null,
                null,
                at);
        levels.record(new StockChange(
                eventId, event.productId(), null, movement, event.quantity().negate(), BigDecimal.ZERO));
    }

    // One movement out of the first warehouse and into the second; reservations are per product, so they stay.
    @EventHandler
    public void on(
            StockTransferred event,
            @MessageIdentifier String eventId,
            @SequenceNumber long sequence,
            @Timestamp Instant at) {
        var movement = new StockMovement(
                sequence,
                StockMovementKind.TRANSFERRED,
                event.quantity(),
                null,
                event.from(),
                null,
                null,
                null,
                event.to(),
                null,
                null,
                null,
                event.transferredBy(),
                at);
        levels.record(new StockChange(
                eventId, event.productId(), null, movement, event.quantity().negate(), BigDecimal.ZERO));
    }

    @ResetHandler
    public void reset() {
        levels.clear();
    }
}
