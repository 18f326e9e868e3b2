package com.tradeledger.shared;

import java.util.Currency;

/** Money crossing from one currency to another records the rate it was converted at. */
public final class RateRequired extends BusinessRuleViolation {

    RateRequired(Currency from, Currency to) {
        super(
                "rate-required",
                "converting " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " needs an exchange rate");
    }
}
