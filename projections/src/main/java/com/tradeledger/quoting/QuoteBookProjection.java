package com.tradeledger.quoting;

import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Money;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the quote book from the quote events. The event's sequence number becomes the quote's version and its
 * timestamp the quote's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("quote-book")
public class QuoteBookProjection {

    // QuoteDrafted names no revision: a quote's first revision is number 1, later events carry theirs.
    private static final int FIRST_REVISION = 1;

    private final QuoteBook book;

    public QuoteBookProjection(QuoteBook book) {
        this.book = book;
    }

    @EventHandler
    public void on(QuoteDrafted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.add(new QuoteView(
                event.quoteId(),
                event.customerId(),
                event.salesperson(),
                event.customerGrade(),
                event.currency(),
                event.deliveryTerms(),
                event.validUntil(),
                QuoteStatus.DRAFT,
                FIRST_REVISION,
                List.of(),
                Money.zero(event.currency()),
                false,
                false,
                List.of(),
                List.of(),
                null,
                sequence,
                at,
                at));
    }

    @EventHandler
    public void on(QuoteLineAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.addLine(event.quoteId(), event.revision(), event.line(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteLineChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.changeLine(event.quoteId(), event.revision(), event.line(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteLineRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.removeLine(event.quoteId(), event.revision(), event.lineNumber(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteApproved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.approve(event.quoteId(), event.revision(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteIssued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var issued = new IssuedRevisionView(
                event.quoteId(),
                event.revision(),
                event.lines(),
                event.total(),
                event.deliveryTerms(),
                event.issuedOn(),
                event.validUntil(),
                at);
        book.issue(issued, new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteFeedbackRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        var feedback = new QuoteFeedback(event.revision(), event.feedback(), at);
        book.recordFeedback(event.quoteId(), feedback, new EventStamp(sequence, at));
    }

    // QuoteRevised carries no lines: the new revision starts from the last issued ones, which issuing made the
    // quote's current lines, so they stay as they are.
    @EventHandler
    public void on(QuoteRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.revise(event.quoteId(), event.revision(), event.validUntil(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteAccepted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.accept(event.quoteId(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteRejected event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.reject(event.quoteId(), event.reason(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(QuoteExpired event, @SequenceNumber long sequence, @Timestamp Instant at) {
        book.expire(event.quoteId(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        book.clear();
    }
}
