package com.tradeledger.payables;

import java.util.List;

/** One page of supplier bills, with the total that matched the filters. */
public record SupplierBillPage(List<SupplierBillView> items, int page, int size, long total) {}
