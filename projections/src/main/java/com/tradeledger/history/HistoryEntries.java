package com.tradeledger.history;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The history entry of an event as the log delivered it: its global position (see {@link GlobalIndexes}), type,
 * aggregate and sequence number, timestamp, who sent the command (metadata {@code username}) and the request it
 * belonged to (metadata {@code correlationId}).
 */
final class HistoryEntries {

    static final String USERNAME = "username";
    static final String CORRELATION_ID = "correlationId";

    private HistoryEntries() {}

    static HistoryEntryView of(DomainEventMessage<?> message, long position, String summary) {
        return new HistoryEntryView(
                position,
                message.getTimestamp(),
                message.getPayloadType().getSimpleName(),
                message.getType(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                text(message.getMetaData().get(USERNAME)),
                text(message.getMetaData().get(CORRELATION_ID)),
                summary);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
