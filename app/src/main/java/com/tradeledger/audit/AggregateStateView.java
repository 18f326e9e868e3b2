package com.tradeledger.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An aggregate's state at a point in time, rebuilt from its events: what was asked, the last event applied (its
 * sequence, time and global position), how many events were applied, the aggregate's last sequence number today and
 * whether the state shown is its latest, and the state itself in the form {@link AggregateStateJson} documents.
 */
record AggregateStateView(
        String aggregateId,
        String aggregateType,
        StateAsked asked,
        AsOf asOf,
        long eventsApplied,
        long lastSequence,
        boolean latest,
        JsonNode state) {

    /** The last event applied to the state shown. */
    record AsOf(long sequence, Instant time, long position, String eventType) {}
}
