package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Username;

/** Approval is a second pair of eyes: the salesperson who owns a quote cannot approve it, even as a manager. */
public final class SelfApproval extends BusinessRuleViolation {

    SelfApproval(QuoteId quoteId, Username salesperson) {
        super("self-approval", salesperson + " owns quote " + quoteId + " and cannot approve it; ask another manager");
    }
}
