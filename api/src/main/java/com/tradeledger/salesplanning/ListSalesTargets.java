package com.tradeledger.salesplanning;

import com.tradeledger.shared.Username;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Ask for the sales targets (销售计划) set, by salesperson and months from/to (inclusive; null matches all), each with
 * its actual and attainment in {@code functionalCurrency}; answered with a {@link SalesTargetPage}.
 */
public record ListSalesTargets(
        Username salesperson, YearMonth from, YearMonth to, Currency functionalCurrency, int page, int size) {}
