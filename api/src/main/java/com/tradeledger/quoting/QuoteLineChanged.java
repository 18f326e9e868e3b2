package com.tradeledger.quoting;

import org.axonframework.serialization.Revision;

/** A line of a quote's current revision now reads as given. */
@Revision("1")
public record QuoteLineChanged(QuoteId quoteId, int revision, QuoteLine line) {}
