package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import java.math.BigDecimal;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/** The one stock model as commands reach it: through the stock aggregates, in the command's unit of work. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class StockConfiguration {

    @Bean
    StockedProducts stockedProducts(EventStore events) {
        return new ProductRegistrations(events);
    }

    // Axon's configuration is looked up at the first command, not at start-up, when its repositories exist.
    @Bean
    StockKeeping stockKeeping(ObjectProvider<Configuration> axon) {
        return new StockKeeping() {
            @Override
            public BigDecimal reserve(ProductId productId, ContractId contractId, int line, BigDecimal wanted) {
                return stocks().reserve(productId, contractId, line, wanted);
            }

            @Override
            public void releaseAll(ProductId productId, ContractId contractId, String reason) {
                stocks().releaseAll(productId, contractId, reason);
            }

            @Override
            public void issue(
                    ProductId productId,
                    WarehouseCode warehouse,
                    BigDecimal quantity,
                    ContractId contractId,
                    int contractLine,
                    ShipmentId shipmentId) {
                stocks().issue(productId, warehouse, quantity, contractId, contractLine, shipmentId);
            }

            @Override
            public void receive(
                    ProductId productId,
                    WarehouseCode warehouse,
                    BigDecimal quantity,
                    PurchaseOrderId purchaseOrderId,
                    GoodsReceiptId receiptId) {
                stocks().receive(productId, warehouse, quantity, purchaseOrderId, receiptId);
            }

            @Override
            public void returnToSupplier(
                    ProductId productId,
                    WarehouseCode warehouse,
                    BigDecimal quantity,
                    PurchaseOrderId purchaseOrderId,
                    GoodsReceiptId receiptId) {
                stocks().returnToSupplier(productId, warehouse, quantity, purchaseOrderId, receiptId);
            }

            private AggregateStockKeeping stocks() {
                return new AggregateStockKeeping(axon.getObject().repository(Stock.class));
            }
        };
    }
}
