package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.shared.BusinessRuleViolation;
import java.util.Locale;

/**
 * A customer merged into a survivor (合并) or deactivated takes no new business: its quotes go to the survivor, or
 * nowhere.
 */
public final class CustomerTakesNoBusiness extends BusinessRuleViolation {

    CustomerTakesNoBusiness(CustomerId customerId, CustomerStatus status) {
        super(
                "customer-takes-no-business",
                "customer " + customerId + " is " + status.name().toLowerCase(Locale.ROOT)
                        + " and takes no new business");
    }
}
