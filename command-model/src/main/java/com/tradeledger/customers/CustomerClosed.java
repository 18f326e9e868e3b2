package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;

/** A customer merged into another or deactivated takes no more business, so it takes no more commands. */
public final class CustomerClosed extends BusinessRuleViolation {

    private CustomerClosed(String message) {
        super("customer-closed", message);
    }

    static CustomerClosed merged(CustomerId customerId, CustomerId survivorId) {
        return new CustomerClosed("customer " + customerId + " was merged into customer " + survivorId
                + " and takes no further commands");
    }

    static CustomerClosed deactivated(CustomerId customerId) {
        return new CustomerClosed("customer " + customerId + " was deactivated and takes no further commands");
    }
}
