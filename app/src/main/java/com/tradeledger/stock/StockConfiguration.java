package com.tradeledger.stock;

import com.tradeledger.eventstore.LazyRepository;
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

    @Bean
    StockKeeping stockKeeping(ObjectProvider<Configuration> axon) {
        return new AggregateStockKeeping(LazyRepository.of(axon, Stock.class));
    }
}
