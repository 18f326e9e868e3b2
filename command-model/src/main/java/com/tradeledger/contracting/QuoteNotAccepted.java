package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteStatus;
import com.tradeledger.shared.BusinessRuleViolation;

/** A contract binds what the customer accepted: a quote still drafted, issued, rejected or expired binds nothing. */
public final class QuoteNotAccepted extends BusinessRuleViolation {

    QuoteNotAccepted(QuoteId quoteId, QuoteStatus status) {
        super("quote-not-accepted", "quote " + quoteId + " is " + status + ", not ACCEPTED");
    }
}
