package com.tradeledger.contracting;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Products' units as fixed factors per unit to the base unit: a product absent from it was never registered. */
final class InMemoryProductUnits implements ProductUnits {

    private final Map<ProductId, UnitOfMeasure> baseUnits = new HashMap<>();
    private final Map<ProductId, Map<UnitOfMeasure, BigDecimal>> factors = new HashMap<>();

    InMemoryProductUnits counting(ProductId productId, UnitOfMeasure baseUnit, UnitOfMeasure unit, String factor) {
        baseUnits.put(productId, baseUnit);
        factors.computeIfAbsent(productId, id -> new HashMap<>(Map.of(baseUnit, BigDecimal.ONE)))
                .put(unit, new BigDecimal(factor));
        return this;
    }

    InMemoryProductUnits notCounting(ProductId productId, UnitOfMeasure unit) {
        factors.get(productId).remove(unit);
        return this;
    }

    @Override
    public BaseQuantity baseQuantity(ProductId productId, BigDecimal quantity, UnitOfMeasure unit) {
        if (!baseUnits.containsKey(productId)) {
            throw new UnknownProduct(productId);
        }
        BigDecimal factor = factors.get(productId).get(unit);
        if (factor == null) {
            throw new NoConversionToBaseUnit(
                    Sku.of("ANY-SKU"), unit, List.copyOf(factors.get(productId).keySet()));
        }
        return new BaseQuantity(quantity.multiply(factor), baseUnits.get(productId));
    }
}
