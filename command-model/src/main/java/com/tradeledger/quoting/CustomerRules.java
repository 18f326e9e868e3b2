package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;

/**
 * The rule a quote's customer obeys whenever the quote is drafted or sent, and a contract's whenever it is concluded,
 * submitted or signed: it must exist and take business.
 */
public final class CustomerRules {

    private CustomerRules() {}

    public static CustomerStanding requireTakingBusiness(CustomerId customerId, CustomerStandings customers) {
        CustomerStanding standing = customers.standingOf(customerId).orElseThrow(() -> new UnknownCustomer(customerId));
        if (!standing.takesBusiness()) {
            throw new CustomerTakesNoBusiness(customerId, standing.status());
        }
        return standing;
    }
}
