package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Stock kept on the stock aggregates themselves, loaded in the caller's unit of work so that the stock's events
 * and the caller's commit together. A product never counted has no stock aggregate and nothing available: it
 * reserves nothing, releases nothing, issues and returns nothing, and no empty stock is created for it; the first
 * goods received of it bring its stock into being.
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
    public BigDecimal release(
            ProductId productId, ContractId contractId, int contractLine, BigDecimal upTo, String reason) {
        QuantityNotPositive.check(upTo);
        return stockOf(productId)
                .map(stock -> stock.invoke(it -> it.release(contractId, contractLine, upTo, reason)))
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public BigDecimal onHand(ProductId productId, WarehouseCode warehouse) {
        requirePresent(warehouse, "warehouse");
        return stockOf(productId)
                .map(stock -> stock.invoke(it -> it.onHandIn(warehouse)))
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public void count(
            ProductId productId,
            WarehouseCode warehouse,
            UnitOfMeasure baseUnit,
            BigDecimal counted,
            String reason,
            Username countedBy,
            LocalDate countedOn) {
        requirePresent(warehouse, "warehouse");
        requirePresent(baseUnit, "baseUnit");
        requirePresent(counted, "counted");
        stockOrNew(productId)
                .execute(it -> it.count(productId, warehouse, baseUnit, counted, reason, countedBy, countedOn));
    }

    @Override
    public BigDecimal freeIn(ProductId productId, WarehouseCode warehouse) {
        requirePresent(warehouse, "warehouse");
        return stockOf(productId)
                .map(stock -> stock.invoke(it -> it.freeIn(warehouse)))
                .orElse(BigDecimal.ZERO);
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

    @Override
    public void receive(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            UnitOfMeasure baseUnit,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        requireReceiptDetails(warehouse, purchaseOrderId, receiptId);
        requirePresent(baseUnit, "baseUnit");
        QuantityNotPositive.check(quantity);
        stockOrNew(productId)
                .execute(it -> it.receive(productId, warehouse, quantity, baseUnit, purchaseOrderId, receiptId));
    }

    @Override
    public void returnToSupplier(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        requireReceiptDetails(warehouse, purchaseOrderId, receiptId);
        QuantityNotPositive.check(quantity);
        Aggregate<Stock> stock = stockOf(productId)
                .orElseThrow(() -> new NotEnoughStock(productId, warehouse, quantity, BigDecimal.ZERO));
        stock.execute(it -> it.returnToSupplier(warehouse, quantity, purchaseOrderId, receiptId));
    }

    private static void requireReceiptDetails(
            WarehouseCode warehouse, PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId) {
        requirePresent(warehouse, "warehouse");
        requirePresent(purchaseOrderId, "purchaseOrderId");
        requirePresent(receiptId, "receiptId");
    }

    private Aggregate<Stock> stockOrNew(ProductId productId) {
        requirePresent(productId, "productId");
        try {
            return stocks.loadOrCreate(StockId.of(productId).toString(), Stock::new);
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            throw new IllegalStateException("the stock of product " + productId + " could not be loaded", unexpected);
        }
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
