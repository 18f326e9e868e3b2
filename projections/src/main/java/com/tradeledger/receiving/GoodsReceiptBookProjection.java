package com.tradeledger.receiving;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the goods receipts (收货) from the receipt events: goods received and returned to the supplier (退货).
 * The event's sequence number becomes the receipt's version, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("goods-receipts")
public class GoodsReceiptBookProjection {

    private final GoodsReceiptBook book;

    public GoodsReceiptBookProjection(GoodsReceiptBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(GoodsReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.receive(event, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(GoodsReturned event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.returnGoods(event, new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
