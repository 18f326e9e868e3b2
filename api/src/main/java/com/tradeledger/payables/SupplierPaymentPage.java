package com.tradeledger.payables;

import java.util.List;

/** One page of supplier payments, with the total that matched the filters. */
public record SupplierPaymentPage(List<SupplierPaymentView> items, int page, int size, long total) {}
