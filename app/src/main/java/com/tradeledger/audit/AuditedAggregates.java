package com.tradeledger.audit;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.stereotype.Component;

/**
 * Every kind of aggregate the ledger registers with Axon (customer, quote, contract, purchase order, receipt,
 * shipment, invoice, payment, stocktake, sales target…), by the type name the event store records for it, each able
 * to rebuild an instance from a stream of its events with the aggregate class's own event-sourcing handlers, exactly
 * as the command side loads it, but never published anywhere and never stored.
 */
@Component
class AuditedAggregates {

    private final Configuration axon;
    private volatile Map<String, Kind<?>> byType;

    AuditedAggregates(Configuration axon) {
        this.axon = axon;
    }

    /** The kind stored under this aggregate type name ({@code domainevententry.type}). */
    Optional<Kind<?>> of(String type) {
        return Optional.ofNullable(kinds().get(type));
    }

    /** Every registered kind, by stored type name. */
    Map<String, Kind<?>> kinds() {
        Map<String, Kind<?>> known = byType;
        if (known == null) {
            Map<String, Kind<?>> found = new TreeMap<>();
            for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
                Kind<?> kind = kindOf(aggregate);
                found.put(kind.model().type(), kind);
            }
            known = Map.copyOf(found);
            byType = known;
        }
        return known;
    }

    private <T> Kind<T> kindOf(AggregateConfiguration<T> aggregate) {
        Class<T> type = aggregate.aggregateType();
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                type, axon.parameterResolverFactory(), axon.handlerDefinition(type));
        return new Kind<>(type, model, aggregate.aggregateFactory());
    }

    /** One kind of aggregate: its class, Axon's model of its handlers, and the factory that creates its root. */
    record Kind<T>(Class<T> type, AggregateModel<T> model, AggregateFactory<T> factory) {

        /** The aggregate as its event-sourcing handlers leave it after the events, which must not be empty. */
        T rebuild(String aggregateId, DomainEventStream events) {
            EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(
                    factory.createAggregateRoot(aggregateId, events.peek()),
                    model,
                    null,
                    NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(events);
            return aggregate.getAggregateRoot();
        }
    }
}
