package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.SupplierId;

/** A payment to a supplier settles that supplier's bills only. */
public final class BillOfAnotherSupplier extends BusinessRuleViolation {

    BillOfAnotherSupplier(SupplierBillId billId, SupplierId payee) {
        super("bill-of-another-supplier", "supplier bill " + billId + " is not a bill of supplier " + payee);
    }
}
