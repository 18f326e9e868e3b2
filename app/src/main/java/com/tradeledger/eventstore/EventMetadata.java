package com.tradeledger.eventstore;

/**
 * The metadata keys every event carries, part of what auditors and integrators read: who sent the command, the
 * request it belonged to, and the message that caused the event.
 */
public final class EventMetadata {

    public static final String USERNAME = "username";

    public static final String CORRELATION_ID = "correlationId";

    public static final String CAUSATION_ID = "causationId";

    private EventMetadata() {}
}
