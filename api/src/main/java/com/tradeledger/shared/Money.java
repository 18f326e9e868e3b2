package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency. The amount keeps at least the currency's minor unit scale
 * (unit prices may carry more decimals); {@link #rounded()} is the one named point where it is rounded.
 */
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency) {

    /** Room for a quadrillion in any currency, and unit prices to a millionth of a cent. */
    private static final int MAX_WHOLE_DIGITS = 18;

    private static final int MAX_DECIMALS = 8;

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        if (amount.precision() - amount.scale() > MAX_WHOLE_DIGITS || amount.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("an amount has at most " + MAX_WHOLE_DIGITS + " digits before and "
                    + MAX_DECIMALS + " after the decimal point");
        }
        int minorUnits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() < minorUnits) {
            amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
        }
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * The amount multiplied, keeping at most {@value #MAX_DECIMALS} decimals (half-even): the named rounding point of
     * unit prices converted between units or discounted, far below any currency's minor unit.
     */
    public Money times(BigDecimal factor) {
        BigDecimal product = amount.multiply(factor);
        return new Money(
                product.scale() > MAX_DECIMALS ? product.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN) : product,
                currency);
    }

    /** Rounded half-even to the currency's minor unit: used for totals, never for unit prices. */
    public Money rounded() {
        return new Money(
                amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN), currency);
    }

    /**
     * Whether the amount is a whole number of the currency's minor unit (cents, fen): what an amount paid, credited or
     * billed must be, unlike a unit price.
     */
    @JsonIgnore
    public boolean isInMinorUnits() {
        return amount.stripTrailingZeros().scale() <= Math.max(currency.getDefaultFractionDigits(), 0);
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) < 0;
    }

    public boolean isIn(Currency expected) {
        return currency.equals(expected);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    /** Equal when the same currency and numerically the same amount, whatever the scale. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
