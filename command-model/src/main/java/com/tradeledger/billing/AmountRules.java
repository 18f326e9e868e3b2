package com.tradeledger.billing;

import com.tradeledger.shared.Money;

/** The rules every amount of money moved by billing obeys: paid, allocated or credited in whole minor units. */
final class AmountRules {

    private AmountRules() {}

    /** Refuses {@code amount}, given as {@code field}, when it holds a fraction of its currency's minor unit. */
    static void requireInMinorUnits(String field, Money amount) {
        if (!amount.isInMinorUnits()) {
            throw new AmountBelowMinorUnit(field, amount);
        }
    }
}
