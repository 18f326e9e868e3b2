package com.tradeledger.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of an ageing summary as a flat line of an analyst's CSV export: amounts in {@code currency}, the rate and
 * the amount in {@code functionalCurrency} empty when no rate was recorded.
 */
public record AgeingSummaryLine(
        LocalDate asOf,
        String by,
        String key,
        String label,
        String currency,
        long documents,
        BigDecimal outstanding,
        BigDecimal notDue,
        BigDecimal days1To30,
        BigDecimal days31To60,
        BigDecimal days61To90,
        BigDecimal over90,
        BigDecimal rate,
        String functionalCurrency,
        BigDecimal functionalOutstanding) {

    /** The summary's rows as lines. */
    public static List<AgeingSummaryLine> of(AgeingSummary summary) {
        return summary.rows().stream()
                .map(row -> new AgeingSummaryLine(
                        summary.asOf(),
                        summary.by(),
                        row.key(),
                        row.label(),
                        row.currency().getCurrencyCode(),
                        row.documents(),
                        row.outstanding().amount(),
                        row.notDue().amount(),
                        row.days1To30().amount(),
                        row.days31To60().amount(),
                        row.days61To90().amount(),
                        row.over90().amount(),
                        row.rate(),
                        summary.functionalCurrency().getCurrencyCode(),
                        row.functionalOutstanding() == null
                                ? null
                                : row.functionalOutstanding().amount()))
                .toList();
    }
}
