package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The named rounding points of billing: a share of an amount and a conversion, each half-even to the minor unit. */
final class Amounts {

    private Amounts() {}

    /** {@code percentage} of {@code whole}: a deposit of the contract, commission on what was collected. */
    static Money share(Money whole, Percentage percentage) {
        return roundedTo(whole.amount().multiply(percentage.value()).movePointLeft(2), whole.currency());
    }

    /** {@code amount} at {@code rate} units of {@code to} per unit of its own currency. */
    static Money converted(Money amount, BigDecimal rate, Currency to) {
        return roundedTo(amount.amount().multiply(rate), to);
    }

    static Money smaller(Money one, Money other) {
        return other.isLessThan(one) ? other : one;
    }

    private static Money roundedTo(BigDecimal amount, Currency currency) {
        return new Money(
                amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency);
    }
}
