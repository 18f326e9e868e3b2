package com.tradeledger.quoting;

/**
 * Ask for one issued revision of a quote as the customer was sent it; answered with an
 * {@link IssuedRevisionView}, or none.
 */
public record FindQuoteRevision(QuoteId quoteId, int revision) {}
