package com.tradeledger.history;

import java.time.Instant;

/**
 * One event in a history: its global position in the log, what happened (event type and a short summary), to which
 * aggregate, who did it and when, and the request it belonged to. Flat, so that it is also a CSV row.
 */
public record HistoryEntryView(
        long position,
        Instant at,
        String eventType,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String who,
        String correlationId,
        String summary) {}
