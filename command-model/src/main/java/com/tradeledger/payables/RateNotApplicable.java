package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.util.Currency;

/** A payment in the functional currency is not converted: a rate given for it can only be 1. */
public final class RateNotApplicable extends BusinessRuleViolation {

    RateNotApplicable(Currency currency, BigDecimal rate) {
        super(
                "rate-not-applicable",
                "a rate of " + rate.toPlainString() + " was given where both sides are in "
                        + currency.getCurrencyCode());
    }
}
