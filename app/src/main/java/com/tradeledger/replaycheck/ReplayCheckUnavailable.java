package com.tradeledger.replaycheck;

import com.tradeledger.shared.BusinessRuleViolation;

/** The log is not in this database (the Axon Server profile): a shadow replay reads it from the JDBC event store. */
class ReplayCheckUnavailable extends BusinessRuleViolation {

    ReplayCheckUnavailable() {
        super(
                "replay-check-needs-jdbc-event-store",
                "the replay check reads the log from the JDBC event store, which this node does not use");
    }
}
