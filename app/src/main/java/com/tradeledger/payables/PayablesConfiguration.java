package com.tradeledger.payables;

import com.tradeledger.eventstore.LazyRepository;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/** What payables ask of the rest of the ledger: the bills a payment settles, and the three-way match's tolerance. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayablesConfiguration.PayablesProperties.class)
class PayablesConfiguration {

    @Bean
    PayablesPolicy payablesPolicy(PayablesProperties properties) {
        return new PayablesPolicy(
                new Percentage(properties.priceTolerance()), new Percentage(properties.quantityTolerance()));
    }

    @Bean
    SupplierBills supplierBills(ObjectProvider<Configuration> axon) {
        return new AggregateSupplierBills(LazyRepository.of(axon, SupplierBill.class));
    }

    /**
     * How far a billed unit price may be from the ordered one, and how far a billed quantity may be above what was
     * received and not yet billed, in percent, before the bill is held (default 2 each).
     */
    @ConfigurationProperties("tradeledger.payables")
    record PayablesProperties(
            @DefaultValue("2") BigDecimal priceTolerance,
            @DefaultValue("2") BigDecimal quantityTolerance) {}
}
