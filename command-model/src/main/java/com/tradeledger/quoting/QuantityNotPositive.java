package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A quote line offers some quantity of a product; none, or less than none, offers nothing. */
public final class QuantityNotPositive extends BusinessRuleViolation {

    QuantityNotPositive(BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "a quote line's quantity must be greater than zero, but was " + quantity.toPlainString());
    }
}
