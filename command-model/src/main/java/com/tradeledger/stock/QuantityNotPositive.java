package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Stock is received, reserved, issued, returned or moved some quantity at a time; none, or less, moves nothing. */
public final class QuantityNotPositive extends BusinessRuleViolation {

    QuantityNotPositive(BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "a quantity of stock that moves must be greater than zero, but was " + quantity.toPlainString());
    }

    static void check(BigDecimal quantity) {
        requirePresent(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new QuantityNotPositive(quantity);
        }
    }
}
