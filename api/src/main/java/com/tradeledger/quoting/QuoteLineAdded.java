package com.tradeledger.quoting;

import org.axonframework.serialization.Revision;

/** A line was added to a quote's current revision, priced as it says. */
@Revision("1")
public record QuoteLineAdded(QuoteId quoteId, int revision, QuoteLine line) {}
