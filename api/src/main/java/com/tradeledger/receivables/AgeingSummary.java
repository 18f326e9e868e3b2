package com.tradeledger.receivables;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An ageing summary (账龄分析) on {@code asOf}: rows grouped {@code by} one key and split by currency, the totals of
 * each currency, and the total in the functional currency (本位币) of the rows whose currency had a rate recorded on
 * or before the day; {@code currenciesWithoutRate} names the currencies left out of it rather than guessed.
 */
public record AgeingSummary(
        String by,
        LocalDate asOf,
        Currency functionalCurrency,
        List<AgeingSummaryRow> rows,
        List<AgeingTotal> totals,
        Money functionalTotal,
        List<Currency> currenciesWithoutRate) {}
