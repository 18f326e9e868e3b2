package com.tradeledger.stock;

import com.tradeledger.purchasing.PromisedDate;
import com.tradeledger.purchasing.PromisedDateChanged;
import com.tradeledger.purchasing.PurchaseOrderConfirmed;
import com.tradeledger.purchasing.PurchaseOrderLine;
import com.tradeledger.purchasing.PurchaseOrderLineCancelled;
import com.tradeledger.purchasing.PurchaseOrderLineReceived;
import com.tradeledger.purchasing.PurchaseOrderLineReturned;
import com.tradeledger.purchasing.PurchaseOrderPlaced;
import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps what stock is on order from the purchase order events: lines placed, their promised dates, what was
 * accepted of them (after receipts and returns) and what was cancelled. The order event's sequence number guards
 * each line, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("stock-on-order")
public class StockOnOrderProjection {

    private final StockOnOrderBook book;

    public StockOnOrderProjection(StockOnOrderBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(PurchaseOrderPlaced event, @SequenceNumber long sequence, @Timestamp Instant at) {
        for (PurchaseOrderLine line : event.lines()) {
            book.place(event.purchaseOrderId(), event.supplierId(), line, new EventStamp(sequence, at));
        }
    }

    @EventHandler
    public void on(PurchaseOrderConfirmed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        for (PromisedDate promised : event.promisedDates()) {
            book.promise(event.purchaseOrderId(), promised.lineNumber(), promised.date(), new EventStamp(sequence, at));
        }
    }

    @EventHandler
    public void on(PromisedDateChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.promise(event.purchaseOrderId(), event.lineNumber(), event.promisedDate(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.cancel(
                event.purchaseOrderId(), event.lineNumber(), event.cancelledQuantity(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.accept(event.purchaseOrderId(), event.lineNumber(), event.acceptedSoFar(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PurchaseOrderLineReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.accept(event.purchaseOrderId(), event.lineNumber(), event.acceptedSoFar(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
