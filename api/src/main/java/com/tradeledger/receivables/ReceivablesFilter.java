package com.tradeledger.receivables;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Which receivables to list or sum: of a customer (a merged duplicate's invoices count as the survivor's), of the
 * salesperson who now owns the customer, in a currency, in an ageing bucket, only overdue ones; each null (or false)
 * matches every receivable. {@code asOf} is the day the ageing is taken on: null for today; a past day gives the
 * receivables as they stood on it.
 */
public record ReceivablesFilter(
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        AgeingBucket bucket,
        boolean overdueOnly,
        LocalDate asOf) {

    /** Every receivable open today. */
    public static ReceivablesFilter all() {
        return new ReceivablesFilter(null, null, null, null, false, null);
    }

    public ReceivablesFilter on(LocalDate day) {
        return new ReceivablesFilter(customerId, salesperson, currency, bucket, overdueOnly, day);
    }
}
