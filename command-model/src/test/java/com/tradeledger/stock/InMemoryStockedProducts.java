package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue's base units as a map: a product absent from it was never registered. */
final class InMemoryStockedProducts implements StockedProducts {

    private final Map<ProductId, UnitOfMeasure> baseUnits = new HashMap<>();

    InMemoryStockedProducts with(ProductId productId, UnitOfMeasure baseUnit) {
        baseUnits.put(productId, baseUnit);
        return this;
    }

    @Override
    public Optional<UnitOfMeasure> baseUnitOf(ProductId productId) {
        return Optional.ofNullable(baseUnits.get(productId));
    }
}
