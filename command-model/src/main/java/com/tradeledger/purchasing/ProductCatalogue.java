package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import java.util.Optional;

/** The catalogue's products (产品) as purchasing counts them: the SKU, the base unit and the units converted to it. */
public interface ProductCatalogue {

    /** The product as its own events leave it; empty when it was never registered. */
    Optional<CataloguedProduct> find(ProductId productId);
}
