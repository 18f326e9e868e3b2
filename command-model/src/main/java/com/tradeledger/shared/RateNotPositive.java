package com.tradeledger.shared;

import java.math.BigDecimal;

/** An exchange rate is above zero. */
public final class RateNotPositive extends BusinessRuleViolation {

    RateNotPositive(BigDecimal rate) {
        super("rate-not-positive", "an exchange rate must be above zero, not " + rate.toPlainString());
    }
}
