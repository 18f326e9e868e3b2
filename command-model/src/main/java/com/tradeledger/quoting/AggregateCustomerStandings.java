package com.tradeledger.quoting;

import com.tradeledger.customers.Customer;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Customer standings read from the customer aggregates themselves, so that a quote is decided on the customer as
 * its own events leave it, never on a read model that may lag. Runs inside the quote command's unit of work.
 */
public final class AggregateCustomerStandings implements CustomerStandings {

    private final Repository<Customer> customers;

    public AggregateCustomerStandings(Repository<Customer> customers) {
        this.customers = customers;
    }

    @Override
    public Optional<CustomerStanding> standingOf(CustomerId customerId) {
        try {
            return Optional.of(customers.load(customerId.toString()).invoke(Customer::standing));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }
}
