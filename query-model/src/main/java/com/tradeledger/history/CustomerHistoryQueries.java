package com.tradeledger.history;

import com.tradeledger.shared.PageWindow;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers for a page of a customer's history (客户历史) from its table; it only reads. */
@Component
public class CustomerHistoryQueries {

    private final CustomerHistoryBook histories;

    public CustomerHistoryQueries(CustomerHistoryBook histories) {
        this.histories = histories;
    }

    @QueryHandler
    public CustomerHistoryPage handle(ListCustomerHistory query) {
        return histories.page(query.customerId(), query.filter(), new PageWindow(query.page(), query.size()));
    }
}
