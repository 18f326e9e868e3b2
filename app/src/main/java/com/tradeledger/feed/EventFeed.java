package com.tradeledger.feed;

import com.tradeledger.evolution.CurrentRevisions;
import com.tradeledger.evolution.UpcastPayload;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericDomainEventEntry;
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
 *
 * <p>Events stored under a revision that a later one replaced are served as the current revision, read through the
 * event store's upcaster chain once the snapshot is closed; only rows of such a (type, revision) go through it.
 */
@Component
public class EventFeed {

    private final EventTable table;
    private final TransactionTemplate snapshot;
    private final FeedProperties properties;
    private final Clock clock;
    private final CurrentRevisions revisions;

    EventFeed(
            EventTable table,
            PlatformTransactionManager transactions,
            FeedProperties properties,
            Clock clock,
            CurrentRevisions revisions) {
        this.table = table;
        this.properties = properties;
        this.clock = clock;
        this.revisions = revisions;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** Up to {@code limit} events after {@code after} that pass the filter, and the position to resume after. */
    public FeedPage after(long after, int limit, FeedFilter filter) {
        AppendsInFlight appends = table.appendsInFlight();
        FeedPage page = snapshot.execute(status -> page(after, limit, filter, appends));
        return new FeedPage(page.events().stream().map(this::current).toList(), page.next());
    }

    private StoredEvent current(StoredEvent event) {
        if (!revisions.outdated(event.payloadType(), event.payloadRevision())) {
            return event;
        }
        UpcastPayload now = revisions.current(new GenericDomainEventEntry<>(
                event.aggregateType(),
                event.aggregateId(),
                event.sequence(),
                event.eventId(),
                event.timestamp(),
                event.payloadType(),
                event.payloadRevision(),
                event.payload(),
                event.metadata()));
        return new StoredEvent(
                event.position(),
                event.eventId(),
                event.aggregateType(),
                event.aggregateId(),
                event.sequence(),
                event.timestamp(),
                now.type(),
                now.revision(),
                now.payload(),
                event.metadata());
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
