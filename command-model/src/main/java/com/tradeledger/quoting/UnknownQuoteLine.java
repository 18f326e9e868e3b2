package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/** Only a line on the quote's current revision can be changed or removed. */
public final class UnknownQuoteLine extends BusinessRuleViolation {

    UnknownQuoteLine(QuoteId quoteId, int lineNumber) {
        super("unknown-quote-line", "quote " + quoteId + " has no line " + lineNumber);
    }
}
