package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Username;

/** A handover (客户交接) passes a customer to another salesperson; handing it to its owner records nothing real. */
public final class SalespersonAlreadyOwnsCustomer extends BusinessRuleViolation {

    SalespersonAlreadyOwnsCustomer(CustomerId customerId, Username salesperson) {
        super(
                "salesperson-already-owns-customer",
                "customer " + customerId + " is already owned by " + salesperson + "; hand it over to someone else");
    }
}
