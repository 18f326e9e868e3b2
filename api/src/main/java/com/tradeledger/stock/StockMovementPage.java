package com.tradeledger.stock;

import java.util.List;

/** One page of a product's stock movements, with how many it has in all. */
public record StockMovementPage(List<StockMovement> items, int page, int size, long total) {}
