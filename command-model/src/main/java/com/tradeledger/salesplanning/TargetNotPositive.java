package com.tradeledger.salesplanning;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A sales target is an amount above zero, in whole minor units of its currency (cents, fen). */
public final class TargetNotPositive extends BusinessRuleViolation {

    TargetNotPositive(Money target) {
        super(
                "target-not-positive",
                "a sales target must be above zero in whole minor units, not "
                        + target.amount().toPlainString() + " "
                        + target.currency().getCurrencyCode());
    }
}
