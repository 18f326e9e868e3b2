package com.tradeledger.audit;

import com.fasterxml.jackson.annotation.JsonValue;

/** What no longer matches at the first broken link of the chain. */
enum ChainProblem {
    /** The event's payload bytes differ from those chained. */
    PAYLOAD_CHANGED("payload-changed"),
    /** The event's metadata bytes (who, correlation, causation) differ from those chained. */
    METADATA_CHANGED("metadata-changed"),
    /** Another column of the row changed: aggregate, sequence, type, revision or timestamp. */
    HEADER_CHANGED("header-changed"),
    /** The event chained at this position is no longer in the log. */
    ROW_MISSING("row-missing"),
    /** The position now holds an event the chain recorded at another position. */
    ROWS_REORDERED("rows-reordered"),
    /** The position now holds an event the chain never saw. */
    ROW_REPLACED("row-replaced"),
    /** The log holds an event, below the chain's head, that was never chained: an event inserted into the past. */
    ROW_NOT_CHAINED("row-not-chained"),
    /** The row matches, but the chain's own record of it was edited. */
    CHAIN_RECORD_CHANGED("chain-record-changed"),
    /** The chain recomputed from the rows does not reach the hash an auditor recorded at this position. */
    DIGEST_MISMATCH("digest-mismatch"),
    /** The position of the recorded digest is not in the chain. */
    DIGEST_NOT_FOUND("digest-not-found");

    private final String code;

    ChainProblem(String code) {
        this.code = code;
    }

    @JsonValue
    String code() {
        return code;
    }
}
