package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;

/** A merge (合并) closes the duplicate in favour of a survivor, so the two must be different customers. */
public final class CustomerMergedIntoItself extends BusinessRuleViolation {

    CustomerMergedIntoItself(CustomerId customerId) {
        super("customer-merged-into-itself", "customer " + customerId + " cannot be merged into itself");
    }
}
