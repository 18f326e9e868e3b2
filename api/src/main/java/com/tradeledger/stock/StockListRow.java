package com.tradeledger.stock;

import java.math.BigDecimal;

/** One product's stock as a flat line of an analyst's CSV export, every quantity in {@code baseUnit}. */
public record StockListRow(
        String productId,
        String sku,
        String name,
        String baseUnit,
        BigDecimal onHand,
        BigDecimal reserved,
        BigDecimal available,
        BigDecimal onOrder,
        String warehouse,
        BigDecimal onHandInWarehouse) {}
