package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier's lead time for a product is between 0 and 365 days. */
public final class LeadTimeOutOfRange extends BusinessRuleViolation {

    static final int MAX_DAYS = 365;

    LeadTimeOutOfRange(int leadTimeDays) {
        super("lead-time-out-of-range", "lead time " + leadTimeDays + " days is not between 0 and " + MAX_DAYS);
    }
}
