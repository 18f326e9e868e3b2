package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier bill charges for at least one purchase order line. */
public final class SupplierBillWithoutLines extends BusinessRuleViolation {

    SupplierBillWithoutLines(SupplierBillId billId) {
        super("bill-without-lines", "supplier bill " + billId + " has no lines");
    }
}
