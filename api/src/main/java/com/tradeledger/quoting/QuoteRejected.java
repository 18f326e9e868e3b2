package com.tradeledger.quoting;

import org.axonframework.serialization.Revision;

/** The customer turned a quote revision down, for the reason given. */
@Revision("1")
public record QuoteRejected(QuoteId quoteId, int revision, String reason) {}
