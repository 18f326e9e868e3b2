package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A supplier payment and each part of it moves some money: its amount is above zero. */
public final class AmountNotPositive extends BusinessRuleViolation {

    AmountNotPositive(String what, Money amount) {
        super("amount-not-positive", what + " must be above zero, not " + amount);
    }
}
