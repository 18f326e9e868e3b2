package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of a bill of materials: so much of a component product, in its unit, per base unit of the parent. */
public record BomLine(
        ProductId component,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantityPerUnit,
        UnitOfMeasure unit,
        BomLineKind kind,
        String note) {

    public BomLine {
        Objects.requireNonNull(component, "component is required");
        Objects.requireNonNull(unit, "unit is required");
        if (quantityPerUnit == null || quantityPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("a bill-of-materials quantity must be greater than zero");
        }
        kind = kind == null ? BomLineKind.COMPONENT : kind;
    }
}
