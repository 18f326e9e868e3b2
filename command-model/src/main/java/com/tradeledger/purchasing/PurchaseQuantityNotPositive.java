package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A quantity ordered, received or returned on a purchase order line is more than nothing. */
public final class PurchaseQuantityNotPositive extends BusinessRuleViolation {

    PurchaseQuantityNotPositive(String what, int lineNumber, BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "the quantity " + what + " on line " + lineNumber + " must be greater than zero, was "
                        + quantity.toPlainString());
    }
}
