package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A manager's approval lets a revision sell below the floor price or above the discount limit; a revision doing
 * neither has nothing to approve, and an approval on record would hide a later change.
 */
public final class ApprovalNotNeeded extends BusinessRuleViolation {

    ApprovalNotNeeded(QuoteId quoteId) {
        super(
                "approval-not-needed",
                "quote " + quoteId + " has no line below the floor price or above the discount limit to approve");
    }
}
