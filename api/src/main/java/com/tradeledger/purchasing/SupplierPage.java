package com.tradeledger.purchasing;

import java.util.List;

/** One page of suppliers, with the total that matched the filters. */
public record SupplierPage(List<SupplierView> items, int page, int size, long total) {}
