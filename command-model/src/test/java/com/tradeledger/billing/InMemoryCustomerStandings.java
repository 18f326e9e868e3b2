package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.quoting.CustomerStandings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Customer standings as a map: a customer absent from it was never registered. */
final class InMemoryCustomerStandings implements CustomerStandings {

    private final Map<CustomerId, CustomerStanding> standings = new HashMap<>();

    InMemoryCustomerStandings with(CustomerId customerId, CustomerStanding standing) {
        standings.put(customerId, standing);
        return this;
    }

    @Override
    public Optional<CustomerStanding> standingOf(CustomerId customerId) {
        return Optional.ofNullable(standings.get(customerId));
    }
}
