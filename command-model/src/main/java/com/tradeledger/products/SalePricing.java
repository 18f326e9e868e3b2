package com.tradeledger.products;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.PriceList.PricePoint;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prices one sale of a product. Price lists are per base unit, so the quantity is converted to base units first
 * (tiers are by base quantity), and the base prices are then multiplied back up to the unit of the sale.
 */
final class SalePricing {

    private final Sku sku;
    private final UnitOfMeasure baseUnit;
    private final List<UnitConversion> conversions;

    SalePricing(Sku sku, UnitOfMeasure baseUnit, List<UnitConversion> conversions) {
        this.sku = sku;
        this.baseUnit = baseUnit;
        this.conversions = conversions;
    }

    /** The price of {@code quantity} in {@code unit} (null: the base unit); unlisted when {@code list} is null. */
    SalePrice price(PriceList list, CustomerGrade grade, BigDecimal quantity, UnitOfMeasure unit, LocalDate date) {
        UnitOfMeasure counted = unit == null ? baseUnit : unit;
        BigDecimal factor = factor(counted);
        if (list == null) {
            return SalePrice.unlisted(sku, counted);
        }
        PricePoint point = list.priceFor(grade, quantity.multiply(factor), date);
        return new SalePrice(
                sku, counted, point.unitPrice().times(factor), point.tier(), perUnit(list.floorPrice(), factor));
    }

    private BigDecimal factor(UnitOfMeasure unit) {
        if (unit.equals(baseUnit)) {
            return BigDecimal.ONE;
        }
        return conversions.stream()
                .filter(conversion -> conversion.unit().equals(unit))
                .map(UnitConversion::factor)
                .findFirst()
                .orElseThrow(() -> new NoConversionToBaseUnit(sku, unit, units()));
    }

    private List<UnitOfMeasure> units() {
        return Stream.concat(Stream.of(baseUnit), conversions.stream().map(UnitConversion::unit))
                .toList();
    }

    private static Money perUnit(Money basePrice, BigDecimal factor) {
        return basePrice == null ? null : basePrice.times(factor);
    }
}
