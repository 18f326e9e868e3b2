package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The company's configured tolerance of the three-way match: a billed unit price within {@code priceTolerance} of the
 * ordered one, above or below, matches; exactly at the tolerance still matches.
 */
public record PayablesPolicy(Percentage priceTolerance) {

    private static final Percentage DEFAULT_PRICE_TOLERANCE = Percentage.of("2");

    public PayablesPolicy {
        Objects.requireNonNull(priceTolerance, "the price tolerance is required (zero: prices must agree)");
    }

    /** The defaults: 2 % either way. */
    public static PayablesPolicy defaults() {
        return new PayablesPolicy(DEFAULT_PRICE_TOLERANCE);
    }

    /** Whether the billed price differs from the ordered one by no more than the tolerance of the ordered one. */
    public boolean priceMatches(Money billed, Money ordered) {
        BigDecimal difference = billed.minus(ordered).amount().abs();
        BigDecimal allowed = ordered.amount().abs().multiply(priceTolerance.value());
        return difference.movePointRight(2).compareTo(allowed) <= 0;
    }
}
