package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A revision with a line below the product's floor price or a discount above the limit is issued only with a
 * manager's approval of it as it stands.
 */
public final class QuoteNeedsApproval extends BusinessRuleViolation {

    QuoteNeedsApproval(QuoteId quoteId, int revision) {
        super(
                "quote-needs-approval",
                "revision " + revision + " of quote " + quoteId
                        + " sells below the floor price or above the discount limit and needs a manager's approval");
    }
}
