package com.tradeledger.contracting;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about sales contracts from the contract book; it only reads. */
@Component
public class ContractBookQueries {

    private final ContractBook book;

    public ContractBookQueries(ContractBook book) {
        this.book = book;
    }

    @QueryHandler
    public Optional<ContractView> handle(FindContract query) {
        return book.find(query.contractId());
    }

    @QueryHandler
    public ContractPage handle(ListContracts query) {
        var filters = new Filters()
                .equalId("customer_id", query.customerId())
                .equal("salesperson", query.salesperson())
                .equal("status", query.status());
        return book.list(filters, new PageWindow(query.page(), query.size()));
    }
}
