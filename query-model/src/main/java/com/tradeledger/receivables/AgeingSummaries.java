package com.tradeledger.receivables;

import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the groups summed in SQL into an ageing summary with amounts in the functional currency (本位币): each row is
 * converted at the rate of its currency recorded on or before the day and rounded half-even to the functional
 * currency's minor unit, and every total is the sum of its rows, so that the totals add up. A currency without a rate
 * is named, never guessed.
 */
public final class AgeingSummaries {

    private final ExchangeRateBook rates;
    private final Currency functional;

    public AgeingSummaries(ExchangeRateBook rates, Currency functional) {
        this.rates = rates;
        this.functional = functional;
    }

    public AgeingSummary summarize(String by, LocalDate day, List<AgeingGroup> groups) {
        Map<Currency, Optional<BigDecimal>> rateOf = new HashMap<>();
        Map<Currency, List<AgeingSummaryRow>> byCurrency = new LinkedHashMap<>();
        List<AgeingSummaryRow> rows = new ArrayList<>();
        for (AgeingGroup group : groups) {
            Optional<BigDecimal> rate =
                    rateOf.computeIfAbsent(group.currency(), currency -> rates.rateOn(currency, functional, day));
            AgeingSummaryRow row = rowOf(group, rate.orElse(null));
            rows.add(row);
            byCurrency
                    .computeIfAbsent(group.currency(), currency -> new ArrayList<>())
                    .add(row);
        }
        List<AgeingTotal> totals = byCurrency.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Currency::getCurrencyCode)))
                .map(entry -> totalOf(entry.getKey(), entry.getValue(), rateOf.get(entry.getKey())))
                .toList();
        Money functionalTotal = Money.zero(functional);
        List<Currency> withoutRate = new ArrayList<>();
        for (AgeingTotal total : totals) {
            if (total.functionalOutstanding() == null) {
                withoutRate.add(total.currency());
            } else {
                functionalTotal = functionalTotal.plus(total.functionalOutstanding());
            }
        }
        return new AgeingSummary(by, day, functional, rows, totals, functionalTotal, withoutRate);
    }

    private AgeingSummaryRow rowOf(AgeingGroup group, BigDecimal rate) {
        Currency currency = group.currency();
        return new AgeingSummaryRow(
                group.key(),
                group.label(),
                currency,
                group.documents(),
                new Money(group.outstanding(), currency),
                new Money(group.notDue(), currency),
                new Money(group.days1To30(), currency),
                new Money(group.days31To60(), currency),
                new Money(group.days61To90(), currency),
                new Money(group.over90(), currency),
                rate,
                rate == null ? null : converted(group.outstanding(), rate));
    }

    private AgeingTotal totalOf(Currency currency, List<AgeingSummaryRow> rows, Optional<BigDecimal> rate) {
        Money outstanding = Money.zero(currency);
        Money inFunctional = Money.zero(functional);
        long documents = 0;
        for (AgeingSummaryRow row : rows) {
            documents += row.documents();
            outstanding = outstanding.plus(row.outstanding());
            if (row.functionalOutstanding() != null) {
                inFunctional = inFunctional.plus(row.functionalOutstanding());
            }
        }
        return new AgeingTotal(
                currency, documents, outstanding, rate.orElse(null), rate.isPresent() ? inFunctional : null);
    }

    private Money converted(BigDecimal amount, BigDecimal rate) {
        int minorUnits = Math.max(functional.getDefaultFractionDigits(), 0);
        return new Money(amount.multiply(rate).setScale(minorUnits, RoundingMode.HALF_EVEN), functional);
    }
}
