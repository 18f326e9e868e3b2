package com.tradeledger.salesplanning;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Username;
import java.time.YearMonth;

/** A salesperson has one target per month, under the id their name and the month give, never under another. */
public final class SalesTargetIdMismatch extends BusinessRuleViolation {

    SalesTargetIdMismatch(SalesTargetId given, Username salesperson, YearMonth period) {
        super(
                "sales-target-id-mismatch",
                "the target of " + salesperson + " for " + period + " is " + SalesTargetId.of(salesperson, period)
                        + ", not " + given);
    }
}
