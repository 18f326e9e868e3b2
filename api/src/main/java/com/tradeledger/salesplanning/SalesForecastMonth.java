package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

/**
 * The forecast for one month in one currency: open quotes (by the month their validity ends) at full value and
 * weighted, signed contracts' unshipped value (by delivery month), and the forecast (weighted quotes plus unshipped
 * contracts), also in the functional currency (null without a recorded rate).
 */
public record SalesForecastMonth(
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM")
        YearMonth month,

        Currency currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openQuotes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedQuotes,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unshippedContracts,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal forecast,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal functionalForecast) {}
