package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The company's configured tolerances of the three-way match (应付): a billed unit price within
 * {@code priceTolerance} of the ordered one, above or below, matches; a billed quantity up to
 * {@code quantityTolerance} above what was received and not yet billed matches, and any quantity below it is a
 * partial bill. Exactly at a tolerance still matches; a zero tolerance asks for exact agreement.
 */
public record PayablesPolicy(Percentage priceTolerance, Percentage quantityTolerance) {

    private static final Percentage DEFAULT_PRICE_TOLERANCE = Percentage.of("2");
    private static final Percentage DEFAULT_QUANTITY_TOLERANCE = Percentage.of("2");

    public PayablesPolicy {
        Objects.requireNonNull(priceTolerance, "the price tolerance is required (zero: prices must agree)");
        Objects.requireNonNull(
                quantityTolerance, "the quantity tolerance is required (zero: no more than received may be billed)");
    }

    /** The defaults: prices 2 % either way, quantities up to 2 % above what was received and not yet billed. */
    public static PayablesPolicy defaults() {
        return new PayablesPolicy(DEFAULT_PRICE_TOLERANCE, DEFAULT_QUANTITY_TOLERANCE);
    }

    /** Whether the billed price differs from the ordered one by no more than the tolerance of the ordered one. */
    public boolean priceMatches(Money billed, Money ordered) {
        BigDecimal difference = billed.minus(ordered).amount().abs();
        BigDecimal allowed = ordered.amount().abs().multiply(priceTolerance.value());
        return difference.movePointRight(2).compareTo(allowed) <= 0;
    }

    /**
     * Whether the billed quantity exceeds what is left to bill (received, less returns, less what earlier bills
     * billed) by no more than the tolerance of what is left; nothing left to bill leaves nothing to tolerate.
     */
    public boolean quantityMatches(BigDecimal billed, BigDecimal unbilled) {
        BigDecimal excess = billed.subtract(unbilled);
        BigDecimal allowed = unbilled.max(BigDecimal.ZERO).multiply(quantityTolerance.value());
        return excess.movePointRight(2).compareTo(allowed) <= 0;
    }
}
