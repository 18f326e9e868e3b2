package com.tradeledger.receiving;

import java.util.List;

/** One page of goods receipts, with the total that matched the filters. */
public record GoodsReceiptPage(List<GoodsReceiptView> items, int page, int size, long total) {}
