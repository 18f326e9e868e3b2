package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.SupplierId;

/** A purchase order goes to a registered supplier; an id the ledger never registered buys from no one. */
public final class UnknownSupplier extends BusinessRuleViolation {

    UnknownSupplier(SupplierId supplierId) {
        super("unknown-supplier", "supplier " + supplierId + " is not a registered supplier");
    }
}
