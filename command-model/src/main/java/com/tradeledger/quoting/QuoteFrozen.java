package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/** An accepted quote is the basis of a sales contract (合同), so it stays exactly as the customer accepted it. */
public final class QuoteFrozen extends BusinessRuleViolation {

    QuoteFrozen(QuoteId quoteId) {
        super("quote-frozen", "quote " + quoteId + " was accepted and takes no further commands");
    }
}
