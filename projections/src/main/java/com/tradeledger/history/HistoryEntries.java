package com.tradeledger.history;

import java.util.OptionalLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The history entry of an event as the log delivered it: its global position (the tracking token's index), type,
 * aggregate and sequence number, timestamp, who sent the command (metadata {@code username}) and the request it
 * belonged to (metadata {@code correlationId}).
 */
final class HistoryEntries {

    static final String USERNAME = "username";
    static final String CORRELATION_ID = "correlationId";

    private HistoryEntries() {}

    static HistoryEntryView of(DomainEventMessage<?> message, TrackingToken token, String summary) {
        return new HistoryEntryView(
                positionOf(message, token),
                message.getTimestamp(),
                message.getPayloadType().getSimpleName(),
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                text(message.getMetaData().get(USERNAME)),
                text(message.getMetaData().get(CORRELATION_ID)),
                summary);
    }

    // Histories are ordered and keyed by the global position, so an event without one cannot be placed.
    private static long positionOf(DomainEventMessage<?> message, TrackingToken token) {
        OptionalLong position = token == null ? OptionalLong.empty() : token.position();
        if (position.isEmpty()) {
            throw new IllegalStateException(
                    "event " + message.getIdentifier() + " came without its global position; histories need one");
        }
        return position.getAsLong();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
