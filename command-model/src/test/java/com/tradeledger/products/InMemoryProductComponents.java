package com.tradeledger.products;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Other products' components as a map: a product never given components has none. */
final class InMemoryProductComponents implements ProductComponents {

    private final Map<ProductId, List<ProductId>> components = new HashMap<>();

    /** The product is now made from these components. */
    InMemoryProductComponents madeFrom(ProductId productId, ProductId... productComponents) {
        components.put(productId, List.of(productComponents));
        return this;
    }

    @Override
    public List<ProductId> componentsOf(ProductId productId) {
        return components.getOrDefault(productId, List.of());
    }
}
