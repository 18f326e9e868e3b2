package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/** A revision's lines are approved once; approving them again as they stand records nothing new. */
public final class QuoteAlreadyApproved extends BusinessRuleViolation {

    QuoteAlreadyApproved(QuoteId quoteId, int revision) {
        super(
                "quote-already-approved",
                "revision " + revision + " of quote " + quoteId + " is already approved as it stands");
    }
}
