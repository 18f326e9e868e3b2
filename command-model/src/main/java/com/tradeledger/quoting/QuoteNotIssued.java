package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/** Feedback, acceptance, rejection and revision answer a quote the customer has been sent and that is still open. */
public final class QuoteNotIssued extends BusinessRuleViolation {

    QuoteNotIssued(QuoteId quoteId, QuoteStatus status) {
        super("quote-not-issued", "quote " + quoteId + " is " + status + ", not ISSUED");
    }
}
