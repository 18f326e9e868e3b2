package com.tradeledger.quoting;

/** Ask for one quote as it now stands; answered with a {@link QuoteView}, or none. */
public record FindQuote(QuoteId quoteId) {}
