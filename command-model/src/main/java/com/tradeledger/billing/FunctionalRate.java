package com.tradeledger.billing;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The exchange rate a conversion records: required and above zero when the currencies differ, 1 when they are the
 * same (given as 1 or not at all).
 */
final class FunctionalRate {

    private FunctionalRate() {}

    /** The payment's rate to the company's functional currency. */
    static BigDecimal of(RecordPayment command) {
        return between(command.amount().currency(), command.functionalCurrency(), command.rateToFunctional());
    }

    /** The rate from {@code from} to {@code to} as given, checked. */
    static BigDecimal between(Currency from, Currency to, BigDecimal given) {
        if (from.equals(to)) {
            if (given != null && given.compareTo(BigDecimal.ONE) != 0) {
                throw new RateNotApplicable(from, given);
            }
            return BigDecimal.ONE;
        }
        if (given == null) {
            throw new RateRequired(from, to);
        }
        if (given.signum() <= 0) {
            throw new RateNotPositive(given);
        }
        return given;
    }
}
