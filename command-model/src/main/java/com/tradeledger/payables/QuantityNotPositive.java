package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A bill line charges for some quantity of goods; none, or less than none, charges for nothing. */
public final class QuantityNotPositive extends BusinessRuleViolation {

    QuantityNotPositive(int lineNumber, BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "the quantity billed for purchase order line " + lineNumber + " must be greater than zero, but was "
                        + quantity.toPlainString());
    }
}
