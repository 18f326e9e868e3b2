package com.tradeledger.shared;

import java.math.BigDecimal;
import java.util.Currency;

/** Within one currency nothing is converted: a rate given there can only be 1. */
public final class RateNotApplicable extends BusinessRuleViolation {

    RateNotApplicable(Currency currency, BigDecimal rate) {
        super(
                "rate-not-applicable",
                "a rate of " + rate.toPlainString() + " was given where both sides are in "
                        + currency.getCurrencyCode());
    }
}
