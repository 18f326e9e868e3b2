package com.tradeledger.customers;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about customers from the customer directory; it only reads. */
@Component
public class CustomerDirectoryQueries {

    private final CustomerDirectory directory;

    public CustomerDirectoryQueries(CustomerDirectory directory) {
        this.directory = directory;
    }

    @QueryHandler
    public Optional<CustomerView> handle(FindCustomer query) {
        return directory.find(query.customerId());
    }

    @QueryHandler
    public CustomerPage handle(ListCustomers query) {
        var filters = new Filters()
                .equal("salesperson", query.salesperson())
                .equal("grade", query.grade())
                .equal("country", query.country())
                .containing(query.text(), "name", "code");
        return directory.list(filters, new PageWindow(query.page(), query.size()));
    }
}
