package com.tradeledger.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * The event that changes a read-model row: its sequence number in the aggregate's stream, stored as the row's
 * version, and its timestamp. A row only takes an event whose version is above its own, which makes
 * redelivery harmless.
 */
public record EventStamp(long version, Instant at) {

    public EventStamp {
        Objects.requireNonNull(at, "an event stamp needs the event's timestamp");
    }
}
