package com.tradeledger.salesplanning;

import java.util.List;

/**
 * One page of sales performance lines, with how many matched, the totals of all of them per currency, and their
 * total in the functional currency.
 */
public record SalesPerformancePage(
        List<SalesPerformanceView> items,
        int page,
        int size,
        long total,
        List<SalesPerformanceTotal> totals,
        SalesPerformanceTotal functionalTotal) {}
