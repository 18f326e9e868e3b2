package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Stock kept on the stock aggregates themselves, loaded in the caller's unit of work so that the stock's events
 * and the caller's commit together. A product never counted has no stock aggregate and nothing available: it
 * reserves nothing, releases nothing and issues nothing, and no empty stock is created for it.
 */
public final class AggregateStockKeeping implements StockKeeping {

    private final Repository<Stock> stocks;

    public AggregateStockKeeping(Repository<Stock> stocks) {
        this.stocks = stocks;
    }

    @Override
    public BigDecimal reserve(ProductId productId, ContractId contractId, int contractLine, BigDecimal wanted) {
        QuantityNotPositive.check(wanted);
        return stockOf(productId)
                .map(stock -> stock.invoke(it -> it.reserve(contractId, contractLine, wanted)))
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public void releaseAll(ProductId productId, ContractId contractId, String reason) {
        stockOf(productId).ifPresent(stock -> stock.execute(it -> it.releaseAll(contractId, reason)));
    }

    @Override
    public void issue(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId) {
        QuantityNotPositive.check(quantity);
        Aggregate<Stock> stock = stockOf(productId)
                .orElseThrow(() -> new NotEnoughStock(productId, warehouse, quantity, BigDecimal.ZERO));
        stock.execute(it -> it.issue(warehouse, quantity, contractId, contractLine, shipmentId));
    }

    private Optional<Aggregate<Stock>> stockOf(ProductId productId) {
        requirePresent(productId, "productId");
        try {
            return Optional.of(stocks.load(StockId.of(productId).toString()));
        } catch (AggregateNotFoundException | IncompatibleAggregateException neverCounted) {
            return Optional.empty();
        }
    }
}
