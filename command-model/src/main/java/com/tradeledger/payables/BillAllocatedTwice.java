package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier payment names each bill it settles once, with the whole amount it pays on it. */
public final class BillAllocatedTwice extends BusinessRuleViolation {

    BillAllocatedTwice(SupplierBillId billId) {
        super("bill-allocated-twice", "supplier bill " + billId + " is allocated more than once in one payment");
    }
}
