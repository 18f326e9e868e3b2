package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;

/** A duplicate's business moves to its survivor, so the survivor must be a registered customer still open. */
public final class SurvivorNotActive extends BusinessRuleViolation {

    SurvivorNotActive(CustomerId duplicateId, CustomerId survivorId) {
        super(
                "survivor-not-active",
                "customer " + duplicateId + " cannot be merged into " + survivorId
                        + ": the survivor is not an active customer");
    }
}
