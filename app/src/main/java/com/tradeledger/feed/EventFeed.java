package com.tradeledger.feed;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log as integrators read it: pages in global order after a position, up to a safe point below which no
 * append can still arrive, so a reader resuming with {@code after} never misses an event that committed late.
 *
 * <p>Positions come from a sequence drawn at insert time, so a transaction that commits late leaves a gap that is
 * filled afterwards, and one that rolls back leaves a gap for ever. When no other transaction is appending, every
 * position handed out is final and the page may go up to the highest. Otherwise the page stops before the first
 * gap younger than the gap timeout; older gaps are rolled-back appends. The page and its gaps are read in one
 * snapshot (repeatable read), taken after the check for appends in flight.
 */
@Component
public class EventFeed {

    private final EventTable table;
    private final TransactionTemplate snapshot;
    private final FeedProperties properties;
    private final Clock clock;

    EventFeed(EventTable table, PlatformTransactionManager transactions, FeedProperties properties, Clock clock) {
        this.table = table;
        this.properties = properties;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Up to {@code limit} events after {@code after} that pass the filter, and the position to resume after. */
    public FeedPage after(long after, int limit, FeedFilter filter) {
        AppendsInFlight appends = table.appendsInFlight();
        return snapshot.execute(status -> page(after, limit, filter, appends));
    }

    private FeedPage page(long after, int limit, FeedFilter filter, AppendsInFlight appends) {
        List<StoredEvent> events = table.after(after, appends.bound(), limit, filter);
        long examined = events.size() == limit
                ? events.get(events.size() - 1).position()
                : appends.any() ? table.lastPosition(after) : Math.max(after, appends.allocatedUpTo());
        if (!appends.any()) {
            return new FeedPage(events, examined);
        }
        Optional<IndexGap> open =
                IndexGap.firstOpen(table.gaps(after, examined), clock.instant(), properties.gapTimeout());
        if (open.isEmpty()) {
            return new FeedPage(events, examined);
        }
        long gap = open.get().position();
        return new FeedPage(
                events.stream().filter(event -> event.position() < gap).toList(), gap - 1);
    }
}
