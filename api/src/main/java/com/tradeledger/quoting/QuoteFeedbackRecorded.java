package com.tradeledger.quoting;

import org.axonframework.serialization.Revision;

/** The customer's feedback on a quote revision (报价反馈), as noted. */
@Revision("1")
public record QuoteFeedbackRecorded(QuoteId quoteId, int revision, String feedback) {}
