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
 * Builds the purchase book from the requisition and purchase order events: requisitions raised, ordered, filled,
 * emptied again by returns, reopened when their order line was cancelled, and cancelled; orders placed and confirmed,
 * promised dates moved, lines cancelled, received and returned. Each event's sequence number guards the row of its own
 * requisition or order, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("purchase-book")
public class PurchaseBookProjection {

    private final RequisitionBook requisitions;
    private final PurchaseOrderBook orders;

    public PurchaseBookProjection(RequisitionBook requisitions, PurchaseOrderBook orders) {
        this.requisitions = requisitions;
        this.orders = orders;
    }

    @EventHandler
    public void on(RequisitionRaised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.raise(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(RequisitionOrdered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.order(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(RequisitionFilled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.fill(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(RequisitionGoodsReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.returnGoods(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(RequisitionReopened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.reopen(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(RequisitionCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        requisitions.cancel(event.requisitionId(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.place(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderConfirmed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.confirm(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PromisedDateChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.changePromise(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.cancelLine(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.accept(event.purchaseOrderId(), event.lineNumber(), event.acceptedSoFar(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        orders.accept(event.purchaseOrderId(), event.lineNumber(), event.acceptedSoFar(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        orders.clear();
        requisitions.clear();
    }
}
