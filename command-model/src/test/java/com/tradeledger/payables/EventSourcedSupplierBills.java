package com.tradeledger.payables;

import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * Supplier bills as Axon keeps them: sourced from their events in an in-memory event store and loaded inside a unit
 * of work, as a supplier payment's command handler loads them.
 */
final class EventSourcedSupplierBills {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EventStore eventStore =
            EmbeddedEventStore.builder().storageEngine(storage).build();
    private final Repository<SupplierBill> repository = EventSourcingRepository.builder(SupplierBill.class)
            .eventStore(eventStore)
            .build();
    final SupplierBills bills = new AggregateSupplierBills(repository);

    /** Appends the events to the bill's history. */
    EventSourcedSupplierBills given(SupplierBillId billId, Object... events) {
        long next = eventsOf(billId).size();
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>("SupplierBill", billId.toString(), next++, event));
        }
        return this;
    }

    /** The bill's history, every event's payload in order. */
    List<Object> eventsOf(SupplierBillId billId) {
        return eventStore
                .readEvents(billId.toString())
                .asStream()
                .map(message -> (Object) message.getPayload())
                .toList();
    }

    /** Every event the store holds, in the order it was appended, whichever aggregate it belongs to. */
    List<Object> allEvents() {
        return storage.readEvents(null, false)
                .map(message -> (Object) message.getPayload())
                .toList();
    }

    /** Other aggregates kept in the same store as the bills, so that one log shows them side by side. */
    <T> Repository<T> repositoryOf(Class<T> aggregateType, ParameterResolverFactory resources) {
        return EventSourcingRepository.builder(aggregateType)
                .eventStore(eventStore)
                .parameterResolverFactory(resources)
                .build();
    }

    /** The events appended to the bill after the first {@code known} of its history. */
    List<Object> newEventsOf(SupplierBillId billId, int known) {
        List<Object> all = eventsOf(billId);
        return all.subList(known, all.size());
    }

    /** Runs the work in a unit of work of its own, rethrowing what it threw. */
    <R> R inUnitOfWork(Callable<R> work) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException thrown) {
            throw thrown;
        }
        return result.getPayload();
    }
}
