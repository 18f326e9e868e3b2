package com.tradeledger.audit;

import com.tradeledger.web.NotFound;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds any aggregate's state as of a point in time from its events, read through Axon's event store (so that
 * upcasters apply, and without snapshots) and applied by the aggregate class's own event-sourcing handlers; never
 * from a read model. The events are read in sequence and applying stops at the first one past the point asked.
 */
@Component
class AggregateStates {

    private final EventStore events;
    private final AuditedAggregates aggregates;
    private final JdbcClient jdbc;

    AggregateStates(EventStore events, AuditedAggregates aggregates, JdbcClient jdbc) {
        this.events = events;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
    }

    AggregateStateView stateOf(String aggregateId, StateAsked asked) {
        Stored stored = jdbc.sql("""
                        SELECT type, max(sequencenumber) FROM domainevententry
                         WHERE aggregateidentifier = ? GROUP BY type""")
                .param(aggregateId)
                .query((row, number) -> new Stored(row.getString(1), row.getLong(2)))
                .optional()
                .orElseThrow(() -> new NotFound("aggregate", aggregateId));
        AuditedAggregates.Kind<?> kind = aggregates
                .of(stored.type())
                .orElseThrow(() -> new IllegalStateException(
                        "aggregate type " + stored.type() + " of " + aggregateId + " is not registered"));
        DomainEventStream all = events.readEvents(aggregateId, 0);
        if (!all.hasNext()) {
            throw new NotFound("aggregate", aggregateId);
        }
        if (!asked.covers(all.peek())) {
            throw new NoStateBeforeFirstEvent(
                    aggregateId, asked.at(), all.peek().getTimestamp());
        }
        AtomicReference<DomainEventMessage<?>> last = new AtomicReference<>();
        AtomicLong applied = new AtomicLong();
        DomainEventStream upToPoint =
                DomainEventStream.of(all.asStream().takeWhile(asked::covers).peek(event -> {
                    last.set(event);
                    applied.incrementAndGet();
                }));
        Object aggregate = kind.rebuild(aggregateId, upToPoint);
        DomainEventMessage<?> asOf = last.get();
        return new AggregateStateView(
                aggregateId,
                stored.type(),
                asked,
                new AggregateStateView.AsOf(
                        asOf.getSequenceNumber(),
                        asOf.getTimestamp(),
                        positionOf(asOf.getIdentifier()),
                        asOf.getPayloadType().getName()),
                applied.get(),
                stored.lastSequence(),
                asOf.getSequenceNumber() == stored.lastSequence(),
                AggregateStateJson.of(aggregate));
    }

    private long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT globalindex FROM domainevententry WHERE eventidentifier = ?")
                .param(eventIdentifier)
                .query(Long.class)
                .single();
    }

    private record Stored(String type, long lastSequence) {}
}
