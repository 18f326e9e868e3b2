package com.tradeledger.quoting;

import org.axonframework.serialization.Revision;

/** A line was taken off a quote's current revision. */
@Revision("1")
public record QuoteLineRemoved(QuoteId quoteId, int revision, int lineNumber) {}
