package com.tradeledger.web;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The first event of an aggregate, straight from the event store: it names for good what the aggregate belongs to
 * (a quote's or a contract's customer), and unlike a read model it is never behind.
 */
@Component
public class FirstEvents {

    private final EventStore events;

    FirstEvents(EventStore events) {
        this.events = events;
    }

    /** The payload of the aggregate's first event, if it is of that type; empty for an unknown aggregate. */
    public <T> Optional<T> of(Object aggregateId, Class<T> type) {
        DomainEventStream stream = events.readEvents(aggregateId.toString());
        return stream.hasNext()
                ? Optional.of(stream.next().getPayload())
                        .filter(type::isInstance)
                        .map(type::cast)
                : Optional.empty();
    }
}
