package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A supplier bills a price above zero for what it delivered; free goods are not billed. */
public final class UnitPriceNotPositive extends BusinessRuleViolation {

    UnitPriceNotPositive(int lineNumber, Money unitPrice) {
        super(
                "unit-price-not-positive",
                "the unit price billed for purchase order line " + lineNumber + " must be greater than zero, but was "
                        + unitPrice);
    }
}
