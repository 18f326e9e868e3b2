package com.tradeledger.purchasing;

import com.tradeledger.eventstore.LazyRepository;
import com.tradeledger.products.EventSourcedProductComponents;
import com.tradeledger.products.ProductComponents;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;

/**
 * What purchasing asks of the rest of the ledger: products' bills of materials, the requisitions an order covers (in
 * its unit of work), the handling days before a contract's delivery date; and the planning process that raises
 * requisitions from signed contracts (采购计划).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PurchasingConfiguration.PurchasingProperties.class)
class PurchasingConfiguration {

    /** The planning process runs in its own processing group; a failure is retried, never skipped. */
    static final String PLANNING_PROCESS = "purchase-planning";

    @Bean
    ConfigurerModule planningProcess() {
        return configurer -> configurer
                .eventProcessing()
                .registerSaga(PurchasePlanning.class)
                .assignHandlerTypesMatching(PLANNING_PROCESS, type -> type == PurchasePlanning.class)
                .registerListenerInvocationErrorHandler(PLANNING_PROCESS, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    ProductComponents productComponents(EventStore events) {
        return new EventSourcedProductComponents(events);
    }

    @Bean
    BillsOfMaterials billsOfMaterials(EventStore events) {
        return new EventSourcedBillsOfMaterials(events);
    }

    @Bean
    PlanningPolicy planningPolicy(PurchasingProperties properties) {
        return new PlanningPolicy(properties.handlingDays());
    }

    @Bean
    Requisitions requisitions(ObjectProvider<Configuration> axon) {
        return new AggregateRequisitions(LazyRepository.of(axon, Requisition.class));
    }

    @Bean
    ProductCatalogue purchasableProducts(EventStore events) {
        return new EventSourcedProductCatalogue(events);
    }

    @Bean
    Suppliers suppliers(ObjectProvider<Configuration> axon) {
        return new AggregateSuppliers(LazyRepository.of(axon, Supplier.class));
    }

    @Bean
    PurchasingPolicy purchasingPolicy(PurchasingProperties properties) {
        return new PurchasingPolicy(new Percentage(properties.overReceiptTolerance()));
    }

    /** The purchase orders receipts and bills act on, in the command's own unit of work. */
    @Bean
    PurchaseOrders purchaseOrders(ObjectProvider<Configuration> axon, PurchasingPolicy policy) {
        return new AggregatePurchaseOrders(LazyRepository.of(axon, PurchaseOrder.class), policy);
    }

    /**
     * The days a contract line's goods need between arriving and leaving (default 7): a requisition needs its goods
     * that many days before the line's delivery date; and the share a line may be received above what was ordered
     * (default 5 %).
     */
    @ConfigurationProperties("tradeledger.purchasing")
    record PurchasingProperties(
            @DefaultValue("7") int handlingDays,
            @DefaultValue("5") BigDecimal overReceiptTolerance) {}
}
