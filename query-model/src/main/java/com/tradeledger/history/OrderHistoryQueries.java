package com.tradeledger.history;

import com.tradeledger.shared.PageWindow;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers for a page of a contract's story (订单历史) from its table; it only reads. */
@Component
public class OrderHistoryQueries {

    private final OrderHistoryBook stories;

    public OrderHistoryQueries(OrderHistoryBook stories) {
        this.stories = stories;
    }

    @QueryHandler
    public ContractHistoryPage handle(ListContractHistory query) {
        return stories.page(query.contractId(), query.filter(), new PageWindow(query.page(), query.size()));
    }
}
