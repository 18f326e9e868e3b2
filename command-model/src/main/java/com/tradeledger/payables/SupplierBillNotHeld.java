package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** Finance approves only a bill the three-way match held; a matched bill needs no approval. */
public final class SupplierBillNotHeld extends BusinessRuleViolation {

    SupplierBillNotHeld(SupplierBillId billId, SupplierBillStatus status) {
        super("bill-not-held", "supplier bill " + billId + " is " + status + ", not held for approval");
    }
}
