package com.tradeledger.products;

import com.tradeledger.shared.UnitOfMeasure;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a product's unit conversions obey, at registration and whenever they are redefined. */
final class UnitConversionRules {

    private UnitConversionRules() {}

    static void check(UnitOfMeasure baseUnit, List<UnitConversion> conversions) {
        requireBaseUnitNotRedefined(baseUnit, conversions);
        requireEachUnitOnce(conversions);
    }

    private static void requireBaseUnitNotRedefined(UnitOfMeasure baseUnit, List<UnitConversion> conversions) {
        if (conversions.stream().anyMatch(conversion -> conversion.unit().equals(baseUnit))) {
            throw new ConversionRedefinesBaseUnit(baseUnit);
        }
    }

    private static void requireEachUnitOnce(List<UnitConversion> conversions) {
        Set<UnitOfMeasure> seen = new HashSet<>();
        for (UnitConversion conversion : conversions) {
            if (!seen.add(conversion.unit())) {
                throw new UnitConvertedTwice(conversion.unit());
            }
        }
    }
}
