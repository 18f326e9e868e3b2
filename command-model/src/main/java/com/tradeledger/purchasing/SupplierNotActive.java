package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.SupplierId;

/** The ledger no longer buys from a deactivated supplier: it takes no changes, offers or purchase orders. */
public final class SupplierNotActive extends BusinessRuleViolation {

    SupplierNotActive(SupplierId supplierId) {
        super("supplier-not-active", "supplier " + supplierId + " was deactivated and takes no further business");
    }
}
