package com.tradeledger.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;

/**
 * A scripted event log for history tests: each appended event gets the next global position, the next sequence
 * number of its aggregate, a timestamp an hour after the previous one, and who sent it with a correlation id; it is
 * handed to the projection as the processor would hand it, and kept for redelivery and replay.
 */
final class HistoryLog {

    static final Instant START = Instant.parse("2025-04-01T08:00:00Z");

    private final BiConsumer<DomainEventMessage<?>, TrackingToken> projection;
    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    HistoryLog(BiConsumer<DomainEventMessage<?>, TrackingToken> projection) {
        this.projection = projection;
    }

    /** Appends the event to the aggregate's stream as the user did it, and delivers it; its global position. */
    long append(String aggregateType, Object aggregateId, Object event, String user) {
        long position = messages.size() + 1;
        long sequence = sequences.merge(aggregateId.toString(), 1L, Long::sum) - 1;
        var message = new GenericDomainEventMessage<>(
                aggregateType,
                aggregateId.toString(),
                sequence,
                event,
                MetaData.with("username", user).and("correlationId", "request-" + position),
                "event-" + position,
                at(position));
        messages.add(message);
        deliver(position);
        return position;
    }

    /** Hands the event at the position to the projection once more, as after a crash before the token was stored. */
    void deliver(long position) {
        projection.accept(messages.get((int) position - 1), new GlobalSequenceTrackingToken(position));
    }

    /** Hands every event to the projection again, in order, as a replay does. */
    void replay() {
        for (long position = 1; position <= messages.size(); position++) {
            deliver(position);
        }
    }

    static Instant at(long position) {
        return START.plusSeconds(3600 * position);
    }
}
