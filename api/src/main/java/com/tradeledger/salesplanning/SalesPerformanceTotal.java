package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The sum of every line that matched the filters in one currency (or, for the functional total, in the functional
 * currency); {@code functionalComplete} is false when some line had no recorded rate and is left out of it.
 */
public record SalesPerformanceTotal(
        Currency currency,
        SalesFigures amounts,
        boolean functionalComplete,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal winRate) {}
