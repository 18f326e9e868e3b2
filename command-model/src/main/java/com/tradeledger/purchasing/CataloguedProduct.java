package com.tradeledger.purchasing;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A registered product as purchasing reads it: its SKU, the base unit stock (库存) counts in, and the units it can
 * also be bought in with how many base units each holds.
 */
public record CataloguedProduct(
        ProductId productId, Sku sku, UnitOfMeasure baseUnit, List<UnitConversion> conversions) {

    public CataloguedProduct {
        Objects.requireNonNull(productId, "a catalogued product needs its id");
        Objects.requireNonNull(baseUnit, "a catalogued product needs its base unit");
        conversions = conversions == null ? List.of() : List.copyOf(conversions);
    }

    /**
     * {@code quantity} in {@code unit}, counted in the base unit.
     *
     * @throws NoConversionToBaseUnit when the product is not counted in {@code unit}
     */
    public BigDecimal baseQuantity(BigDecimal quantity, UnitOfMeasure unit) {
        return quantity.multiply(baseUnitsPer(unit));
    }

    /**
     * How many base units one {@code unit} holds: 1 for the base unit itself, else the unit's conversion factor.
     *
     * @throws NoConversionToBaseUnit when the product is not counted in {@code unit}
     */
    public BigDecimal baseUnitsPer(UnitOfMeasure unit) {
        return factorOf(unit);
    }

    /**
     * Refuses a unit the product is not counted in.
     *
     * @throws NoConversionToBaseUnit when there is no conversion from {@code unit} to the base unit
     */
    public void requireCountedIn(UnitOfMeasure unit) {
        factorOf(unit);
    }

    private BigDecimal factorOf(UnitOfMeasure unit) {
        if (baseUnit.equals(unit)) {
            return BigDecimal.ONE;
        }
        return conversions.stream()
                .filter(conversion -> conversion.unit().equals(unit))
                .findFirst()
                .map(UnitConversion::factor)
                .orElseThrow(() -> new NoConversionToBaseUnit(sku, unit, units()));
    }

    private List<UnitOfMeasure> units() {
        return Stream.concat(Stream.of(baseUnit), conversions.stream().map(UnitConversion::unit))
                .toList();
    }
}
