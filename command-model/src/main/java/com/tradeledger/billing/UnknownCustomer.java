package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A payment is received from a customer the ledger registered; money from a stranger cannot be booked to anyone. */
public final class UnknownCustomer extends BusinessRuleViolation {

    UnknownCustomer(CustomerId customerId) {
        super("unknown-customer", "customer " + customerId + " is not a registered customer");
    }
}
