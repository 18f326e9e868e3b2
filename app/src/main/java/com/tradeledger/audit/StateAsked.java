package com.tradeledger.audit;

import com.tradeledger.web.InvalidField;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The point in time an auditor asks an aggregate's state at: a moment (every event stamped at or before it), a
 * sequence number (every event up to and including it), or neither (every event: the latest state).
 */
record StateAsked(Instant at, Long sequence) {

    StateAsked {
        if (at != null && sequence != null) {
            throw new InvalidField("sequence", "ask for the state at a time or at a sequence number, not both");
        }
        if (sequence != null && sequence < 0) {
            throw new InvalidField("sequence", "a sequence number is 0 or more");
        }
    }

    /** Whether the event happened by the point asked. */
    boolean covers(DomainEventMessage<?> event) {
        if (at != null) {
            return !event.getTimestamp().isAfter(at);
        }
        return sequence == null || event.getSequenceNumber() <= sequence;
    }
}
