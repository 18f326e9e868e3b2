package com.tradeledger.purchasing;

import java.util.List;

/** One page of purchase orders, with the total that matched the filters. */
public record PurchaseOrderPage(List<PurchaseOrderSummary> items, int page, int size, long total) {}
