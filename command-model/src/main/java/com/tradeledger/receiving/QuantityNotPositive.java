package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Goods come in or go back some quantity at a time; none, or less than none, is no receipt and no return. */
public final class QuantityNotPositive extends BusinessRuleViolation {

    QuantityNotPositive(String what, int lineNumber, BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "the quantity " + what + " on line " + lineNumber + " must be greater than zero, but was "
                        + quantity.toPlainString());
    }
}
