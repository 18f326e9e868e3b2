package com.tradeledger.stock;

import java.util.List;

/** One page of the stock list, with how many products matched the filter. */
public record StockListPage(List<StockListItem> items, int page, int size, long total) {}
