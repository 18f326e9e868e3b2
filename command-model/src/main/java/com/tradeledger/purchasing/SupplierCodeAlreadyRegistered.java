package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier code identifies one supplier across the ledger; a second supplier cannot take it. */
public final class SupplierCodeAlreadyRegistered extends BusinessRuleViolation {

    SupplierCodeAlreadyRegistered(SupplierCode code) {
        super(
                "supplier-code-already-registered",
                "supplier code " + code + " is already registered to another supplier");
    }
}
