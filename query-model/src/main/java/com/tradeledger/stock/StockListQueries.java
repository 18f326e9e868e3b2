package com.tradeledger.stock;

import com.tradeledger.shared.PageWindow;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about the stock list (库存) for analysts; it only reads. */
@Component
public class StockListQueries {

    private final StockList list;

    public StockListQueries(StockList list) {
        this.list = list;
    }

    @QueryHandler
    public StockListPage handle(ListStock query) {
        return list.page(list.select(query.filter(), query.sort()), new PageWindow(query.page(), query.size()));
    }
}
