package com.tradeledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * Aggregates as Axon keeps them: sourced from their events in an in-memory event store, and loaded inside a unit
 * of work, as they are when another aggregate's command handler reads or acts on them. For the tests of ports and
 * adapters that work across aggregates.
 */
public final class EventSourcedAggregates {

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final Map<String, Long> nextSequenceNumbers = new HashMap<>();

    public EventStore eventStore() {
        return eventStore;
    }

    public <T> Repository<T> repositoryOf(Class<T> aggregateType) {
        return EventSourcingRepository.builder(aggregateType)
                .eventStore(eventStore)
                .build();
    }

    /** Appends the events to the history of the aggregate of that type and id. */
    public void given(Class<?> aggregateType, Object aggregateId, Object... events) {
        String id = aggregateId.toString();
        for (Object event : events) {
            long sequenceNumber = nextSequenceNumbers.merge(id, 1L, Long::sum) - 1;
            eventStore.publish(
                    new GenericDomainEventMessage<>(aggregateType.getSimpleName(), id, sequenceNumber, event));
        }
    }

    /** Every event of the aggregate, in order. */
    public List<Object> history(Object aggregateId) {
        return eventStore
                .readEvents(aggregateId.toString(), 0)
                .asStream()
                .map(EventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    /** The events appended to the aggregate's history after those given, in order. */
    public List<Object> appendedAfterGiven(Object aggregateId) {
        List<Object> history = history(aggregateId);
        int given = nextSequenceNumbers.getOrDefault(aggregateId.toString(), 0L).intValue();
        return history.subList(given, history.size());
    }

    /** Runs the work in a unit of work of its own, rethrowing what it threw. */
    public <R> R inUnitOfWork(Callable<R> work) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException thrown) {
            throw thrown;
        }
        return result.getPayload();
    }

    public void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }
}
