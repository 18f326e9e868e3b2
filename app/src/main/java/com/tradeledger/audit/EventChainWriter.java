package com.tradeledger.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the hash chain: for every event of the log, in the order the single ordered processor {@code event-chain}
 * reads it, it reads the event's row as stored and appends a link whose hash covers the previous link's hash and the
 * row's canonical form ({@link EventHash}).
 *
 * <p>It is a tracking processor, so commands never wait for it. It is not a projection: a chain cannot be rebuilt
 * without invalidating every digest an auditor has written down, so its handler disallows replay, which makes Axon
 * report the processor as not resettable and the administrator's rebuild refuse it ({@code not-a-projection}). An
 * event read twice (after a crash between handling and storing the token) is recognised by its identifier and
 * chained once.
 */
@Component
@ProcessingGroup(EventChainWriter.PROCESSING_GROUP)
@DisallowReplay
class EventChainWriter {

    static final String PROCESSING_GROUP = "event-chain";

    private final JdbcClient jdbc;
    private final Clock clock;

    EventChainWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(Object event, @MessageIdentifier String eventIdentifier) {
        if (chained(eventIdentifier)) {
            return;
        }
        StoredEvent row = jdbc.sql(
                        "SELECT " + StoredEvent.COLUMNS + " FROM domainevententry e WHERE e.eventidentifier = ?")
                .param(eventIdentifier)
                .query((result, number) -> StoredEvent.read(result, 1))
                .optional()
                .orElseThrow(() -> new IllegalStateException("event " + eventIdentifier + " is not in the log"));
        append(row);
    }

    private boolean chained(String eventIdentifier) {
        return jdbc.sql("SELECT count(*) FROM event_chain WHERE event_identifier = ?")
                        .param(eventIdentifier)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void append(StoredEvent row) {
        Head head = jdbc.sql("SELECT link, hash FROM event_chain ORDER BY link DESC LIMIT 1")
                .query((result, number) -> new Head(result.getLong(1), result.getString(2)))
                .optional()
                .orElse(new Head(0, EventHash.GENESIS));
        jdbc.sql("""
                        INSERT INTO event_chain (link, position, event_identifier, previous_hash, hash,
                                                 payload_digest, metadata_digest, chained_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        head.link() + 1,
                        row.position(),
                        row.eventIdentifier(),
                        head.hash(),
                        EventHash.next(head.hash(), row),
                        EventHash.fieldDigest(row.payload()),
                        EventHash.fieldDigest(row.metadata()),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private record Head(long link, String hash) {}
}
