package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Products as fixed catalogue entries: a product absent from it was never registered. */
final class InMemoryProductCatalogue implements ProductCatalogue {

    private final Map<ProductId, CataloguedProduct> products = new HashMap<>();

    InMemoryProductCatalogue with(CataloguedProduct product) {
        products.put(product.productId(), product);
        return this;
    }

    @Override
    public Optional<CataloguedProduct> find(ProductId productId) {
        return Optional.ofNullable(products.get(productId));
    }
}
