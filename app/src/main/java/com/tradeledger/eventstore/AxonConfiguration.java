package com.tradeledger.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tradeledger.billing.Invoice;
import com.tradeledger.billing.Payment;
import com.tradeledger.contracting.Contract;
import com.tradeledger.customers.Customer;
import com.tradeledger.history.OrderHistorySequencing;
import com.tradeledger.partners.Agent;
import com.tradeledger.payables.SupplierBill;
import com.tradeledger.payables.SupplierPayment;
import com.tradeledger.products.Product;
import com.tradeledger.purchasing.PurchaseOrder;
import com.tradeledger.purchasing.Requisition;
import com.tradeledger.purchasing.Supplier;
import com.tradeledger.quoting.Quote;
import com.tradeledger.receiving.GoodsReceipt;
import com.tradeledger.salesplanning.SalesTarget;
import com.tradeledger.shipping.Shipment;
import com.tradeledger.stock.Stock;
import com.tradeledger.stock.Stocktake;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.ResourceTransactionManager;

/**
 * Axon on PostgreSQL: aggregates, the stored event format, event processing defaults, and what every event's
 * metadata carries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventProcessingProperties.class)
class AxonConfiguration {

    /**
     * A product's stock is snapshotted once this many events were read to load it and applied since: every reserve,
     * release, issue, receipt and count of the product adds one, for as long as it is traded, while the other
     * aggregates end with their deal after a handful.
     */
    static final int STOCK_EVENTS_PER_SNAPSHOT = 100;

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Customer.class)
                .configureAggregate(Product.class)
                .configureAggregate(Quote.class)
                .configureAggregate(Contract.class)
                .configureAggregate(Shipment.class)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Stock.class)
                        .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                                config.snapshotter(), STOCK_EVENTS_PER_SNAPSHOT)))
                .configureAggregate(Stocktake.class)
                .configureAggregate(Invoice.class)
                .configureAggregate(Payment.class)
                .configureAggregate(Requisition.class)
                .configureAggregate(Supplier.class)
                .configureAggregate(PurchaseOrder.class)
                .configureAggregate(GoodsReceipt.class)
                .configureAggregate(SupplierBill.class)
                .configureAggregate(SupplierPayment.class)
                .configureAggregate(Agent.class)
                .configureAggregate(SalesTarget.class);
    }

    /**
     * Snapshots are taken on a thread of their own after the command that called for one has committed, so that
     * neither its answer nor its transaction waits for the aggregate's events to be read again. A snapshot that is
     * lost (the queue full, the node stopping) costs only longer loads until the next one.
     */
    @Bean
    ConfigurerModule snapshotsInTheBackground() {
        ThreadPoolExecutor snapshots = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1_000),
                runnable -> {
                    Thread thread = new Thread(runnable, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.DiscardPolicy());
        return configurer -> configurer
                .configureSnapshotter(config -> AggregateSnapshotter.builder()
                        .eventStore(config.eventStore())
                        .transactionManager(config.getComponent(TransactionManager.class))
                        .aggregateFactories(config.findModules(AggregateConfiguration.class).stream()
                                .<AggregateFactory<?>>map(AggregateConfiguration::aggregateFactory)
                                .toList())
                        .repositoryProvider(config::repository)
                        .parameterResolverFactory(config.parameterResolverFactory())
                        .handlerDefinition(config.handlerDefinition(Stock.class))
                        .spanFactory(config.getComponent(SnapshotterSpanFactory.class))
                        .executor(snapshots)
                        .build())
                .onShutdown(snapshots::shutdownNow);
    }

    /**
     * Axon's own mapper, so that {@code spring.jackson.*} settings for the REST API never change what is stored.
     * Unknown properties are tolerated so an older node can still read an event a newer revision extended.
     */
    static ObjectMapper storedFormat() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(storedFormat()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(storedFormat()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(storedFormat()).build();
    }

    /**
     * The JDBC event storage on PostgreSQL (Axon's own auto-configuration backs off once the event store below is
     * ours). A gap in the global index is waited for up to {@code gap-timeout}, far longer than a command's
     * transaction lasts, so an event that commits late is still read in order rather than skipped.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    JdbcEventStorageEngine eventStorageEngine(
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventProcessingProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EventSchema.builder().build())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .build();
    }

    /**
     * The event store, polling every {@code poll-interval} when idle instead of Axon's default second: a command
     * commits in a transaction that also holds its idempotency record, after Axon's own wake-up call has gone, and
     * events written by other nodes are only ever found by polling.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            EventProcessingProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.pollInterval().toMillis())
                .build();
    }

    /** Who issued the command and which request it belonged to travel into every event it causes. */
    @Bean
    CorrelationDataProvider userAndCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetadata.USERNAME, EventMetadata.CORRELATION_ID);
    }

    /** The command (or event) that caused a message: the causation id of each event. */
    @Bean
    CorrelationDataProvider causation() {
        return message -> Map.of(EventMetadata.CAUSATION_ID, message.getIdentifier());
    }

    /**
     * Projections that follow links between aggregates keep the linked events in order across segments: the order
     * history puts each linking event in the sequence of what it links; sales performance, which carries quotes into
     * contracts and invoices into collections, handles its events in one sequence, in the order of the log.
     */
    @Bean
    ConfigurerModule crossAggregateSequencing() {
        return configurer -> configurer
                .eventProcessing()
                .registerSequencingPolicy("order-history", config -> new OrderHistorySequencing())
                .registerSequencingPolicy("sales-performance", config -> new SequentialPolicy());
    }

    /**
     * Every processor is a tracking processor: each of its threads claims a segment, reads the log in batches of
     * {@code batch-size} events and handles them itself ({@link EventProcessingProperties#tracking}). Processors
     * that start from the same token share one read of the log ({@link SharedEventStreams}): when every projection
     * is rebuilt, the log is read once instead of twenty times. Processors that are caught up share the event
     * store's reader, which looks for new events every {@code poll-interval}.
     *
     * <p>With pooled streaming processors, Axon's other kind, a rebuild of every projection on the benchmark machine
     * was about a fifth slower and took about a third more of the server's CPU, and the views lagged further
     * behind under load (docs/benchmarks.md).
     */
    @Bean
    ConfigurerModule trackingProcessors(EventProcessingProperties properties) {
        AtomicReference<SharedEventStreams> shared = new AtomicReference<>();
        return configurer -> configurer
                .eventProcessing()
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(
                        config -> properties.tracking(properties.initialSegments()))
                .configureDefaultStreamableMessageSource(config -> shared.updateAndGet(streams -> streams != null
                        ? streams
                        : new SharedEventStreams(
                                config.eventStore(), SharedEventStreams.WINDOW, SharedEventStreams.PATIENCE)));
    }

    /**
     * Axon's Micrometer monitors stay on the command bus, query bus and event store, but not on event processors.
     * Twenty processors each see every event; their monitors registered a timer and counters per event, and
     * cost about a third of the server's CPU while projections were rebuilt (see docs/benchmarks.md). Where each
     * processor stands and how far behind it is are on {@code /api/v1/admin/projections} and the health endpoint.
     */
    @Bean
    ConfigurerModule noPerEventProcessorMonitors() {
        return configurer -> configurer.configureMessageMonitor(
                EventProcessor.class, (config, componentType, componentName) -> NoOpMessageMonitor.INSTANCE);
    }

    /**
     * A failing projection event handler cannot spoil its batch: the batch is undone and handed again with each
     * handler in its own savepoint.
     */
    @Bean
    ConfigurerModule savepointsOnRetry(ResourceTransactionManager transactions) {
        SavepointsOnRetry savepoints = new SavepointsOnRetry(transactions);
        return configurer -> configurer.registerHandlerEnhancerDefinition(config -> savepoints);
    }

    @Bean
    DeadLettersForEveryProjection deadLetterQueues(
            EventProcessorProperties axonProperties,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer serializer,
            ListableBeanFactory beans) {
        return new DeadLettersForEveryProjection(
                axonProperties,
                processingGroup -> config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(DeadLetterSchema.defaultSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build(),
                processingGroups(beans));
    }

    /** The processing groups the event handler beans name, found without creating the beans. */
    private static Set<String> processingGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name ->
                        beans.findAnnotationOnBean(name, ProcessingGroup.class).value())
                .collect(Collectors.toUnmodifiableSet());
    }
}
