package com.tradeledger.salesplanning;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/** Targets are set in the functional currency (本位币), so that sales in every currency count towards them. */
public final class TargetNotInFunctionalCurrency extends BusinessRuleViolation {

    TargetNotInFunctionalCurrency(Money target, Currency functional) {
        super(
                "target-not-in-functional-currency",
                "a sales target is set in " + functional.getCurrencyCode() + ", not "
                        + target.currency().getCurrencyCode());
    }
}
