package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import java.util.Objects;

/** Identifies the stock (库存) of one product across warehouses: an aggregate of its own, apart from the product. */
public record StockId(ProductId productId) {

    private static final String PREFIX = "stock-";

    public StockId {
        Objects.requireNonNull(productId, "StockId needs its product");
    }

    public static StockId of(ProductId productId) {
        return new StockId(productId);
    }

    /** The aggregate identifier, distinct from the product's own. */
    @Override
    public String toString() {
        return PREFIX + productId.value();
    }
}
