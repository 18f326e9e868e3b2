package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.receivables.AgeingBucket;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An analyst's question to the payables, from query parameters, the same for the list, its CSV and the summaries:
 * the filters, the sort of the list and what the summary sums by ({@code by}, default the ageing bucket).
 */
record PayablesQuestion(
        UUID supplierId,
        Currency currency,
        AgeingBucket bucket,
        SupplierBillStatus status,
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
