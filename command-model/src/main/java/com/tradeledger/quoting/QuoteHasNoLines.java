package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/** A quote sent to a customer offers something: at least one line. */
public final class QuoteHasNoLines extends BusinessRuleViolation {

    QuoteHasNoLines(QuoteId quoteId) {
        super("quote-has-no-lines", "quote " + quoteId + " has no lines to issue");
    }
}
