package com.tradeledger.purchasing;

import java.util.List;

/** One page of purchase orders, with the total that matched the filters. */
public record PurchaseOrderPage(List<PurchaseOrderSummary> items, int page, int size, long total) {

    /** The page without the orders' totals, for staff who may not see cost prices (价格访问权限). */
    public PurchaseOrderPage withoutPrices() {
        return new PurchaseOrderPage(
                items.stream().map(PurchaseOrderSummary::withoutPrices).toList(), page, size, total);
    }
}
