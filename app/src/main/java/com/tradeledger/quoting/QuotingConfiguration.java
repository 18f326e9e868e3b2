package com.tradeledger.quoting;

import com.tradeledger.customers.Customer;
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

    // Axon's configuration is looked up at the first command, not at start-up, when its repositories exist.
    @Bean
    CustomerStandings customerStandings(ObjectProvider<Configuration> axon) {
        return customer ->
                new AggregateCustomerStandings(axon.getObject().repository(Customer.class)).standingOf(customer);
    }

    @Bean
    ProductPrices productPrices(ObjectProvider<Configuration> axon) {
        return (product, grade, quantity, unit, pricedOn, currency) -> new AggregateProductPrices(
                        axon.getObject().repository(Product.class))
                .price(product, grade, quantity, unit, pricedOn, currency);
    }

    @Bean
    QuotingPolicy quotingPolicy(QuotingProperties properties) {
        return new QuotingPolicy(new Percentage(properties.maxDiscountWithoutApproval()));
    }

    /** A discount above {@code max-discount-without-approval} percent needs a manager's approval (default 10). */
    @ConfigurationProperties("tradeledger.quoting")
    record QuotingProperties(@DefaultValue("10") BigDecimal maxDiscountWithoutApproval) {}
}
