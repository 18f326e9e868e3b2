package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The sales forecast (销售预测): a line per month and currency, the win probability open quotes were weighted by,
 * and the whole forecast in the functional currency ({@code functionalComplete} false when a line had no rate).
 */
public record SalesForecastView(
        List<SalesForecastMonth> months,
        Percentage quoteWinProbability,
        Currency functionalCurrency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal functionalForecast,
        boolean functionalComplete) {}
