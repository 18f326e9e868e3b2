package com.tradeledger.salesplanning;

import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.Username;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Ask for the sales forecast (销售预测) per month, for one salesperson or all (null), months from/to inclusive: open
 * quotes weighted by {@code quoteWinProbability} plus signed contracts' unshipped value; answered with a
 * {@link SalesForecastView}.
 */
public record ForecastSales(
        Username salesperson,
        YearMonth from,
        YearMonth to,
        Percentage quoteWinProbability,
        Currency functionalCurrency) {}
