package com.tradeledger.stock;

/**
 * Ask for a page of the stock list (库存): one line per product that has stock or is on order matching the filter,
 * sorted by {@code sort}: one of sku (the default), onHand, reserved, available, onOrder, with a leading '-' for
 * descending; answered with a {@link StockListPage}.
 */
public record ListStock(StockListFilter filter, String sort, int page, int size) {}
