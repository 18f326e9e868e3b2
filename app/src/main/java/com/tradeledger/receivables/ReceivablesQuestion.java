package com.tradeledger.receivables;

import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An analyst's question to the receivables, from query parameters, the same for the list, its CSV and the summaries:
 * the filters, the sort of the list and what the summary sums by ({@code by}, default the ageing bucket).
 */
record ReceivablesQuestion(
        UUID customerId,
        String salesperson,
        Currency currency,
        AgeingBucket bucket,
        Boolean overdueOnly,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        String sort,
        String by) {

    boolean overdue() {
        return Boolean.TRUE.equals(overdueOnly);
    }

    String grouping() {
        return by == null ? "bucket" : by;
    }
}
