package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A manual price is what the customer pays per unit before any discount; giving goods away is a 100 % discount. */
public final class UnitPriceNotPositive extends BusinessRuleViolation {

    UnitPriceNotPositive(Money unitPrice) {
        super("unit-price-not-positive", "a unit price must be greater than zero, but was " + unitPrice);
    }
}
