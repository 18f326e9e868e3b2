package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A salesperson's target (销售计划) for a month against the actual: the value of contracts signed that month (less
 * those cancelled) in the functional currency, and the attainment in percent of the target. {@code actualComplete}
 * is false when a contract currency had no recorded rate and is left out of the actual.
 */
public record SalesTargetView(
        Username salesperson,

        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM")
        YearMonth month,

        Money target,
        Money actual,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal attainment,
        boolean actualComplete,
        Username setBy) {}
