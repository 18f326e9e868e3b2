package com.tradeledger.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The outcome of recomputing the chain from the stored rows: intact, or the first break; how many links matched; the
 * head the recomputation reached; and the recorded digest it was checked against, if one was given.
 */
record ChainVerdict(
        boolean intact, long eventsVerified, ChainDigest head, RecordedDigest checked, ChainBreak firstBreak) {

    /** {@code intact} or {@code broken}. */
    @JsonProperty
    String status() {
        return intact ? "intact" : "broken";
    }
}
