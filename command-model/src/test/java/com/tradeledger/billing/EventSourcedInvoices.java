package com.tradeledger.billing;

import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.deadline.StubDeadlineManager;

/**
 * Invoices as Axon keeps them: sourced from their events in an in-memory event store and loaded inside a unit of
 * work, as a payment's command handler loads them; with the receivables and deadlines they act on.
 */
final class EventSourcedInvoices {

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final Repository<Invoice> repository = EventSourcingRepository.builder(Invoice.class)
            .eventStore(eventStore)
            .build();
    final InMemoryReceivables receivables = new InMemoryReceivables();
    final StubDeadlineManager deadlines = new StubDeadlineManager();
    final Invoices invoices = new AggregateInvoices(repository, receivables, deadlines);

    /** Appends the events to the invoice's history. */
    EventSourcedInvoices given(InvoiceId invoiceId, Object... events) {
        long next = eventsOf(invoiceId).size();
        for (Object event : events) {
            eventStore.publish(new GenericDomainEventMessage<>("Invoice", invoiceId.toString(), next++, event));
        }
        return this;
    }

    /** The invoice's history, every event's payload in order. */
    List<Object> eventsOf(InvoiceId invoiceId) {
        DomainEventStream stream = eventStore.readEvents(invoiceId.toString());
        return stream.asStream().map(message -> (Object) message.getPayload()).toList();
    }

    /** The events appended to the invoice after the first {@code known} of its history. */
    List<Object> newEventsOf(InvoiceId invoiceId, int known) {
        List<Object> all = eventsOf(invoiceId);
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
