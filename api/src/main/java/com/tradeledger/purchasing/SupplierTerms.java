package com.tradeledger.purchasing;

import java.util.Currency;
import java.util.Objects;

/** What a supplier sells in and on: its currency, the days it gives to pay a bill, and its usual lead time. */
public record SupplierTerms(Currency currency, int paymentTermsDays, int leadTimeDays) {

    private static final int MAX_DAYS = 365;

    public SupplierTerms {
        Objects.requireNonNull(currency, "a supplier's currency is required");
        if (paymentTermsDays < 0 || paymentTermsDays > MAX_DAYS || leadTimeDays < 0 || leadTimeDays > MAX_DAYS) {
            throw new IllegalArgumentException("payment terms and lead time are between 0 and " + MAX_DAYS + " days");
        }
    }
}
