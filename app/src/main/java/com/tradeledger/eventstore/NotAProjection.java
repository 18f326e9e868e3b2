package com.tradeledger.eventstore;

import com.tradeledger.shared.BusinessRuleViolation;

/** A process (a saga) keeps state that drives commands: it is never reset and replayed like a projection. */
class NotAProjection extends BusinessRuleViolation {

    NotAProjection(String name) {
        super("not-a-projection", name + " is a process, not a projection: it cannot be rebuilt from the log");
    }
}
