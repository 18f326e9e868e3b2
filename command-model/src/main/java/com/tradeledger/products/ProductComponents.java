package com.tradeledger.products;

import java.util.List;

/**
 * The components other products are made from, as their bills of materials (物料表) stand now: what the cycle rule
 * walks down when a product's bill of materials is defined.
 */
public interface ProductComponents {

    /** The components on the product's bill of materials; none when it has none or was never registered. */
    List<ProductId> componentsOf(ProductId productId);
}
