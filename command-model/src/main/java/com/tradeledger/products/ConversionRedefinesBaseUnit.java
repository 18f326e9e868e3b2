package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.UnitOfMeasure;

/** Every quantity of a product is converted to its base unit, so the base unit itself is always worth one. */
public final class ConversionRedefinesBaseUnit extends BusinessRuleViolation {

    ConversionRedefinesBaseUnit(UnitOfMeasure baseUnit) {
        super(
                "conversion-redefines-base-unit",
                baseUnit + " is the product's base unit; a unit conversion cannot redefine it");
    }
}
