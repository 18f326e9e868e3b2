package com.tradeledger.products;

/**
 * The command side's own table of products, for rules across all of them: unique SKUs, and whether a product
 * named as a component exists. Writes join the command's transaction.
 */
public interface ProductRegistry {

    /** Claims the SKU for the product; false when another product holds it already. */
    boolean claim(Sku sku, ProductId productId);

    /** Whether a product with this id was registered. */
    boolean exists(ProductId productId);
}
