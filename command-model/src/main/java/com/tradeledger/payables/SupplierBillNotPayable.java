package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier is paid only on a bill that matched or was approved, and only while something is still owed on it. */
public final class SupplierBillNotPayable extends BusinessRuleViolation {

    SupplierBillNotPayable(SupplierBillId billId, SupplierBillStatus status) {
        super("bill-not-payable", "supplier bill " + billId + " is " + status + " and takes no payment");
    }
}
