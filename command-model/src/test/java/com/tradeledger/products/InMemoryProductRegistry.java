package com.tradeledger.products;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The product registry as a map of SKUs, behaving as the JDBC one does: a claim registers the product. */
final class InMemoryProductRegistry implements ProductRegistry {

    private final Map<Sku, ProductId> holders = new HashMap<>();

    @Override
    public boolean claim(Sku sku, ProductId productId) {
        return holders.putIfAbsent(sku, productId) == null || holders.get(sku).equals(productId);
    }

    @Override
    public boolean exists(ProductId productId) {
        return holders.containsValue(productId);
    }

    Optional<ProductId> holderOf(Sku sku) {
        return Optional.ofNullable(holders.get(sku));
    }
}
