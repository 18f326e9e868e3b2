package com.tradeledger.salesplanning;

import java.util.List;

/** One page of sales targets with their actuals, with how many matched. */
public record SalesTargetPage(List<SalesTargetView> items, int page, int size, long total) {}
