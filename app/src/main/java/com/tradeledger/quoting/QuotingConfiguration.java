package com.tradeledger.quoting;

import com.tradeledger.customers.Customer;
import com.tradeledger.eventstore.LazyRepository;
import com.tradeledger.products.Product;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/**
 * What the quote aggregate asks of the rest of the ledger: customers' standing and products' prices, read from
 * those aggregates in the command's own unit of work, and the discount above which a manager must approve.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuotingConfiguration.QuotingProperties.class)
class QuotingConfiguration {

    @Bean
    CustomerStandings customerStandings(ObjectProvider<Configuration> axon) {
        return new AggregateCustomerStandings(LazyRepository.of(axon, Customer.class));
    }

    @Bean
    ProductPrices productPrices(ObjectProvider<Configuration> axon) {
        return new AggregateProductPrices(LazyRepository.of(axon, Product.class));
    }

    @Bean
    QuotingPolicy quotingPolicy(QuotingProperties properties) {
        return new QuotingPolicy(new Percentage(properties.maxDiscountWithoutApproval()));
    }

    /** A discount above {@code max-discount-without-approval} percent needs a manager's approval (default 10). */
    @ConfigurationProperties("tradeledger.quoting")
    record QuotingProperties(@DefaultValue("10") BigDecimal maxDiscountWithoutApproval) {}
}
