package com.tradeledger.billing;

import com.tradeledger.eventstore.LazyRepository;
import java.util.Currency;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/**
 * What billing asks of the rest of the ledger: the invoices a payment settles (in the payment's unit of work), the
 * dunning schedule, the functional currency; and the billing process that invoices signed contracts and shipments.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingConfiguration.BillingProperties.class)
class BillingConfiguration {

    /**
     * The billing process (invoices on signing and shipping, completion) runs in its own processing group. A failure
     * is propagated, so the processor retries the event instead of logging it and moving on without the invoice.
     */
    static final String BILLING_PROCESS = "contract-billing";

    @Bean
    ConfigurerModule billingProcess() {
        return configurer -> configurer
                .eventProcessing()
                .registerSaga(ContractBilling.class)
                .assignHandlerTypesMatching(BILLING_PROCESS, type -> type == ContractBilling.class)
                .registerListenerInvocationErrorHandler(BILLING_PROCESS, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    Invoices invoices(ObjectProvider<Configuration> axon, Receivables receivables, DeadlineManager deadlines) {
        return new AggregateInvoices(LazyRepository.of(axon, Invoice.class), receivables, deadlines);
    }

    @Bean
    DunningPolicy dunningPolicy(BillingProperties properties) {
        return new DunningPolicy(properties.dunningDaysOverdue());
    }

    /**
     * The functional currency the books are kept in (default CNY) and the days after the due date on which dunning
     * reminders of rising level go out (default 1, 15, 30).
     */
    @ConfigurationProperties("tradeledger.billing")
    record BillingProperties(
            @DefaultValue("CNY") Currency functionalCurrency,
            @DefaultValue({"1", "15", "30"}) List<Integer> dunningDaysOverdue) {}
}
