package com.tradeledger.contracting;

import com.tradeledger.eventstore.LazyRepository;
import com.tradeledger.quoting.Quote;
import com.tradeledger.shipping.AggregateShippableContracts;
import com.tradeledger.shipping.ShippableContracts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What contracts and shipments ask of the rest of the ledger: accepted quotes and products' units (read in the
 * command's own unit of work), the contracts a shipment acts on, and the totals above which a manager approves.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContractingConfiguration.ContractingProperties.class)
class ContractingConfiguration {

    @Bean
    AcceptedQuotes acceptedQuotes(ObjectProvider<Configuration> axon) {
        return new AggregateAcceptedQuotes(LazyRepository.of(axon, Quote.class));
    }

    @Bean
    ProductUnits productUnits(EventStore events) {
        return new EventSourcedProductUnits(events);
    }

    @Bean
    ShippableContracts shippableContracts(ObjectProvider<Configuration> axon) {
        return new AggregateShippableContracts(LazyRepository.of(axon, Contract.class));
    }

    @Bean
    ContractingPolicy contractingPolicy(ContractingProperties properties) {
        return new ContractingPolicy(
                properties.approvalThresholds() == null ? Map.of() : properties.approvalThresholds());
    }

    /** The contract total above which a second manager must approve, per currency; unlisted currencies always. */
    @ConfigurationProperties("tradeledger.contracting")
    record ContractingProperties(Map<Currency, BigDecimal> approvalThresholds) {}
}
