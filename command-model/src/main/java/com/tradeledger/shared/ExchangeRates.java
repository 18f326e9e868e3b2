package com.tradeledger.shared;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The exchange rate a conversion records, as customer and supplier payments alike check it: required and above zero
 * when the currencies differ, 1 when they are the same (given as 1 or not at all).
 */
public final class ExchangeRates {

    private ExchangeRates() {}

    /** The rate from {@code from} to {@code to} as given, checked. */
    public static BigDecimal checked(Currency from, Currency to, BigDecimal given) {
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
