package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** Money paid, allocated or credited moves in whole minor units of its currency (cents, fen), never in fractions. */
public final class AmountBelowMinorUnit extends BusinessRuleViolation {

    AmountBelowMinorUnit(String field, Money amount) {
        super(
                "amount-below-minor-unit",
                field + " of " + amount + " is finer than the minor unit of "
                        + amount.currency().getCurrencyCode());
    }
}
