package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Username;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Ask for a page of sales performance, filtered by salesperson, customer, product and months from/to (inclusive; a
 * null filter matches everything), line by line or grouped, sorted by a field ({@code -field} descending), with
 * functional figures in {@code functionalCurrency}; answered with a {@link SalesPerformancePage}.
 */
public record ListSalesPerformance(
        Username salesperson,
        CustomerId customerId,
        ProductId productId,
        YearMonth from,
        YearMonth to,
        SalesGrouping groupBy,
        String sort,
        Currency functionalCurrency,
        int page,
        int size) {}
