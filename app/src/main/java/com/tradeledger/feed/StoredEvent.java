package com.tradeledger.feed;

/** One row of the event store as written: its position in the log, its aggregate, payload and metadata as stored. */
public record StoredEvent(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metadata) {}
