package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import java.math.BigDecimal;

/**
 * Which products' stock (库存) to list: those that have had stock in a warehouse, one product, those whose available
 * is below a number (the shortages); each null matches every product that has stock or is on order.
 */
public record StockListFilter(WarehouseCode warehouse, ProductId productId, BigDecimal availableBelow) {

    /** Every product that has stock or is on order. */
    public static StockListFilter all() {
        return new StockListFilter(null, null, null);
    }
}
