package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.receivables.AgeingBucket;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Which payables to list or sum: of a supplier, in a currency, in an ageing bucket, held or payable, only overdue
 * ones; each null (or false) matches every payable. {@code asOf} is the day the ageing is taken on: null for today; a
 * past day gives the payables as they stood on it (their status is the one they have now).
 */
public record PayablesFilter(
        SupplierId supplierId,
        Currency currency,
        AgeingBucket bucket,
        SupplierBillStatus status,
        boolean overdueOnly,
        LocalDate asOf) {

    /** Every payable open today. */
    public static PayablesFilter all() {
        return new PayablesFilter(null, null, null, null, false, null);
    }

    public PayablesFilter on(LocalDate day) {
        return new PayablesFilter(supplierId, currency, bucket, status, overdueOnly, day);
    }
}
