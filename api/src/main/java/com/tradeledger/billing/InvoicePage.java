package com.tradeledger.billing;

import java.util.List;

/** One page of invoices, with the total that matched the filters. */
public record InvoicePage(List<InvoiceSummary> items, int page, int size, long total) {}
