package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** Money billed or paid moves in whole minor units of its currency (cents, fen), never in fractions. */
public final class AmountBelowMinorUnit extends BusinessRuleViolation {

    AmountBelowMinorUnit(String what, Money amount) {
        super(
                "amount-below-minor-unit",
                what + " of " + amount + " is finer than the minor unit of "
                        + amount.currency().getCurrencyCode());
    }
}
