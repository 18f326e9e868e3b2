package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Objects;

/** How many base units one {@code unit} holds: a carton of 12 pieces is {@code (CTN, 12)} over base PCS. */
public record UnitConversion(
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal factor) {

    public UnitConversion {
        Objects.requireNonNull(unit, "unit is required");
        if (factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("a unit conversion factor must be greater than zero");
        }
    }
}
