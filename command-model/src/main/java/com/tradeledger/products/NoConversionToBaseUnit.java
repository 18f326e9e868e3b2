package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prices, tiers and stock are kept per base unit, so a product is sold only in its base unit or in a unit with a
 * conversion to it.
 */
public final class NoConversionToBaseUnit extends BusinessRuleViolation {

    public NoConversionToBaseUnit(Sku sku, UnitOfMeasure unit, List<UnitOfMeasure> productUnits) {
        super(
                "unit-not-convertible",
                sku + " cannot be counted in " + unit + "; its units are "
                        + productUnits.stream().map(UnitOfMeasure::code).collect(Collectors.joining(", ")));
    }
}
