package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import java.util.Currency;

/** A payment in a currency other than the functional one records the rate it is valued at. */
public final class RateRequired extends BusinessRuleViolation {

    RateRequired(Currency from, Currency to) {
        super(
                "rate-required",
                "valuing " + from.getCurrencyCode() + " in " + to.getCurrencyCode() + " needs an exchange rate");
    }
}
