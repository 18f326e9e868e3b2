package com.tradeledger.quoting;

/** Where a quote stands: being drafted (or revised), sent to the customer, or closed one of three ways. */
public enum QuoteStatus {
    DRAFT,
    ISSUED,
    ACCEPTED,
    REJECTED,
    EXPIRED
}
