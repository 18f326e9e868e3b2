package com.tradeledger.payables;

/** What a three-way match found wrong with a bill line. */
public enum MismatchKind {
    /** More billed than was received (accepted, less returns) and not yet billed, beyond the quantity tolerance. */
    QUANTITY,
    /** The unit price differs from the order's by more than the tolerance. */
    PRICE
}
