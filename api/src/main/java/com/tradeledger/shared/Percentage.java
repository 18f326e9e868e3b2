package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;

/** A percentage from 0 to 100 with at most four decimals, such as a discount of 7.5 %. */
public record Percentage(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // Declared after HUNDRED, which the constructor reads while this is initialised.
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Percentage {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.scale() > 4) {
            throw new IllegalArgumentException("a percentage is between 0 and 100 with at most 4 decimals");
        }
    }

    /** Written as a string, like every decimal the ledger publishes, so no reader turns it into a float. */
    @JsonValue
    String json() {
        return value.toPlainString();
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    /** The share of a whole this percentage leaves: 1 − value / 100 (a 7.5 % discount leaves 0.925). */
    public BigDecimal remainder() {
        return BigDecimal.ONE.subtract(value.divide(HUNDRED, MathContext.DECIMAL64));
    }

    public boolean isAbove(Percentage other) {
        return value.compareTo(other.value) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " %";
    }
}
