package com.tradeledger.products;

import com.tradeledger.products.PriceList.PricePoint;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prices one sale of a product. Price lists are per base unit, so the quantity is first converted to base
 * units (tiers are by base quantity), and the base price is then multiplied back up to the requested unit.
 */
final class UnitPricing {

    private UnitPricing() {}

    /** The price, or none when the product has no price list in the currency asked for. */
    static Optional<UnitPriceView> price(ProductView product, FindUnitPrice query) {
        UnitOfMeasure unit = query.unit() == null ? product.baseUnit() : query.unit();
        BigDecimal factor = factor(product, unit);
        BigDecimal baseQuantity = query.quantity().multiply(factor);
        return priceList(product, query)
                .map(list -> list.priceFor(query.grade(), baseQuantity, query.date()))
                .map(point -> view(product, query, unit, factor, baseQuantity, point));
    }

    /** How many base units one {@code unit} holds; the base unit holds one. */
    static BigDecimal factor(ProductView product, UnitOfMeasure unit) {
        if (unit.equals(product.baseUnit())) {
            return BigDecimal.ONE;
        }
        return product.conversions().stream()
                .filter(conversion -> conversion.unit().equals(unit))
                .map(UnitConversion::factor)
                .findFirst()
                .orElseThrow(() -> new UnitNotConvertible(product.sku(), unit, unitsOf(product)));
    }

    private static Optional<PriceList> priceList(ProductView product, FindUnitPrice query) {
        return product.priceLists().stream()
                .filter(list -> list.currency().equals(query.currency()))
                .findFirst();
    }

    private static UnitPriceView view(
            ProductView product,
            FindUnitPrice query,
            UnitOfMeasure unit,
            BigDecimal factor,
            BigDecimal baseQuantity,
            PricePoint point) {
        return new UnitPriceView(
                product.id(),
                product.sku(),
                query.grade(),
                query.date(),
                query.quantity(),
                unit,
                point.unitPrice().times(factor),
                baseQuantity,
                product.baseUnit(),
                point.unitPrice(),
                point.tier());
    }

    private static List<UnitOfMeasure> unitsOf(ProductView product) {
        return Stream.concat(
                        Stream.of(product.baseUnit()),
                        product.conversions().stream().map(UnitConversion::unit))
                .toList();
    }
}
