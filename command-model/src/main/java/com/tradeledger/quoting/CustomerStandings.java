package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import java.util.Optional;

/** Where the ledger's customers stand for new business, as quoting needs to know when it makes an offer. */
public interface CustomerStandings {

    /** The customer's standing now; empty when no such customer was registered. */
    Optional<CustomerStanding> standingOf(CustomerId customerId);
}
