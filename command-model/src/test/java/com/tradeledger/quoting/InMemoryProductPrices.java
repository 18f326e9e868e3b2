package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductIsDiscontinued;
import com.tradeledger.products.SalePrice;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's prices as fixed answers: per product, the price of a sale in each unit it is counted in (the
 * first is its base unit), all from one price list; a currency other than that list's is unlisted. It remembers
 * what it was asked, so tests can see what the quote asked for.
 */
final class InMemoryProductPrices implements ProductPrices {

    private final Map<ProductId, Map<UnitOfMeasure, SalePrice>> offers = new HashMap<>();
    private final Map<ProductId, Currency> listCurrencies = new HashMap<>();
    private final Set<ProductId> discontinued = new HashSet<>();
    private final List<Asked> asked = new ArrayList<>();

    /** The product's prices per unit in one currency, its base unit first. */
    InMemoryProductPrices offering(ProductId productId, Currency currency, SalePrice... pricesPerUnit) {
        Map<UnitOfMeasure, SalePrice> byUnit = new LinkedHashMap<>();
        for (SalePrice price : pricesPerUnit) {
            byUnit.put(price.unit(), price);
        }
        offers.put(productId, byUnit);
        listCurrencies.put(productId, currency);
        return this;
    }

    InMemoryProductPrices discontinuing(ProductId productId) {
        discontinued.add(productId);
        return this;
    }

    @Override
    public SalePrice price(
            ProductId productId,
            CustomerGrade grade,
            BigDecimal quantity,
            UnitOfMeasure unit,
            LocalDate pricedOn,
            Currency currency) {
        asked.add(new Asked(productId, grade, quantity, unit, pricedOn, currency));
        if (discontinued.contains(productId)) {
            throw ProductIsDiscontinued.notForSale(productId);
        }
        if (!offers.containsKey(productId)) {
            throw new UnknownProduct(productId);
        }
        SalePrice price = inUnit(productId, unit);
        return currency.equals(listCurrencies.get(productId)) ? price : SalePrice.unlisted(price.sku(), price.unit());
    }

    private SalePrice inUnit(ProductId productId, UnitOfMeasure unit) {
        Map<UnitOfMeasure, SalePrice> byUnit = offers.get(productId);
        SalePrice base = byUnit.values().iterator().next();
        if (unit == null) {
            return base;
        }
        if (!byUnit.containsKey(unit)) {
            throw new NoConversionToBaseUnit(base.sku(), unit, List.copyOf(byUnit.keySet()));
        }
        return byUnit.get(unit);
    }

    /** What the quote asked for, in order. */
    List<Asked> asked() {
        return List.copyOf(asked);
    }

    record Asked(
            ProductId productId,
            CustomerGrade grade,
            BigDecimal quantity,
            UnitOfMeasure unit,
            LocalDate pricedOn,
            Currency currency) {}
}
