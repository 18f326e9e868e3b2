package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import java.util.Currency;

/** The rules every amount of money billed or paid obeys: in the expected currency, and in whole minor units. */
final class AmountRules {

    private AmountRules() {}

    static void requireIn(String what, Money amount, Currency expected) {
        if (!amount.isIn(expected)) {
            throw new CurrencyMismatch(what, amount, expected);
        }
    }

    /** Refuses an amount of nothing or less, or one holding a fraction of its currency's minor unit. */
    static void requirePositiveInMinorUnits(String what, Money amount) {
        if (!amount.isPositive()) {
            throw new AmountNotPositive(what, amount);
        }
        requireInMinorUnits(what, amount);
    }

    static void requireInMinorUnits(String what, Money amount) {
        if (!amount.isInMinorUnits()) {
            throw new AmountBelowMinorUnit(what, amount);
        }
    }
}
