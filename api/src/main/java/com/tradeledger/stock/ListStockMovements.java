package com.tradeledger.stock;

import com.tradeledger.products.ProductId;

/**
 * Ask for a page of one product's stock movements (库存流水) in the order they happened; answered with a
 * {@link StockMovementPage}.
 */
public record ListStockMovements(ProductId productId, int page, int size) {}
