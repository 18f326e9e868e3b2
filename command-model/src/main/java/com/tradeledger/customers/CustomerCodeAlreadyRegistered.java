package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;

/** A customer code identifies one customer across the ledger; a second customer cannot take it. */
public final class CustomerCodeAlreadyRegistered extends BusinessRuleViolation {

    CustomerCodeAlreadyRegistered(CustomerCode code) {
        super(
                "customer-code-already-registered",
                "customer code " + code + " is already registered to another customer");
    }
}
