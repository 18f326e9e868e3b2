package com.tradeledger.stock;

import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about products' stock and its movements from the stock levels; it only reads. */
@Component
public class StockLevelsQueries {

    private final StockLevels levels;

    public StockLevelsQueries(StockLevels levels) {
        this.levels = levels;
    }

    /** The product's stock now; none when it was never counted. */
    @QueryHandler
    public Optional<StockView> handle(FindStock query) {
        return levels.find(query.productId());
    }

    @QueryHandler
    public StockMovementPage handle(ListStockMovements query) {
        return levels.movements(query.productId(), new PageWindow(query.page(), query.size()));
    }
}
