package com.tradeledger.history;

import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's own place in the global order of the log. The tracking token does not always say it: an event whose
 * transaction committed after a later one arrives with the token of the highest position read so far, so a history
 * keyed by the token would place it differently live and on a rebuild. On the JDBC event store the place is the row's
 * {@code globalindex}, looked up by the event's identifier (a unique index); on a store without that table (Axon
 * Server, whose positions have no gaps) the token's position is exact.
 */
@Component
public class GlobalIndexes {

    private final JdbcClient jdbc;
    private volatile Boolean eventTable;

    public GlobalIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long of(DomainEventMessage<?> message, TrackingToken token) {
        if (hasEventTable()) {
            Optional<Long> stored = jdbc.sql("select globalindex from domainevententry where eventidentifier = :id")
                    .param("id", message.getIdentifier())
                    .query(Long.class)
                    .optional();
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        if (position.isEmpty()) {
            throw new IllegalStateException(
                    "event " + message.getIdentifier() + " came without its global position; histories need one");
        }
        return position.getAsLong();
    }

    private boolean hasEventTable() {
        Boolean known = eventTable;
        if (known == null) {
            known = jdbc.sql("select to_regclass('domainevententry') is not null")
                    .query(Boolean.class)
                    .single();
            eventTable = known;
        }
        return known;
    }
}
