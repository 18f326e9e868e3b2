package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier payment settles only bills the ledger recorded. */
public final class UnknownSupplierBill extends BusinessRuleViolation {

    UnknownSupplierBill(SupplierBillId billId) {
        super("unknown-supplier-bill", "supplier bill " + billId + " was never recorded");
    }
}
