package com.tradeledger.contracting;

import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Objects;

/** A quantity in a product's base unit: what stock (库存) counts, reserves and issues. */
public record BaseQuantity(BigDecimal quantity, UnitOfMeasure unit) {

    public BaseQuantity {
        Objects.requireNonNull(quantity, "a base quantity needs its quantity");
        Objects.requireNonNull(unit, "a base quantity needs its unit");
    }
}
