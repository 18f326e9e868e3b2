package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A quote is an offer to a customer of the ledger, priced for its grade; it cannot be made to a stranger. */
public final class UnknownCustomer extends BusinessRuleViolation {

    UnknownCustomer(CustomerId customerId) {
        super("unknown-customer", "customer " + customerId + " is not a registered customer");
    }
}
