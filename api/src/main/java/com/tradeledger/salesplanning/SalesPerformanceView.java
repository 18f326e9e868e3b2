package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

/**
 * One line of sales performance: a salesperson's figures with a customer for a product in a month, in the
 * contract currency and in the functional currency; when grouped, the dimensions not grouped by are null. The
 * productId is null for what is not per product (deposits, credit notes, collections, commissions). The quote win
 * rate is the value won over the value won and lost, in percent (null when no quote was decided).
 */
public record SalesPerformanceView(
        Username salesperson,
        CustomerId customerId,
        ProductId productId,

        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM")
        YearMonth month,

        Currency currency,
        SalesFigures amounts,
        SalesFigures functional,
        boolean functionalComplete,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal winRate) {}
