package com.tradeledger.products;

import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A price was asked for in a unit the product cannot be counted in: neither its base unit nor one of its
 * conversions. The request is malformed for that product (the HTTP layer answers 400 with {@link #code()}).
 */
public class UnitNotConvertible extends RuntimeException {

    private final UnitOfMeasure unit;
    private final List<UnitOfMeasure> productUnits;

    public UnitNotConvertible(Sku sku, UnitOfMeasure unit, List<UnitOfMeasure> productUnits) {
        super(
                sku + " cannot be counted in " + unit + "; its units are "
                        + productUnits.stream().map(UnitOfMeasure::code).collect(Collectors.joining(", ")),
                null,
                false,
                false);
        this.unit = unit;
        this.productUnits = List.copyOf(productUnits);
    }

    public String code() {
        return "unit-not-convertible";
    }

    public UnitOfMeasure unit() {
        return unit;
    }

    public List<UnitOfMeasure> productUnits() {
        return productUnits;
    }
}
