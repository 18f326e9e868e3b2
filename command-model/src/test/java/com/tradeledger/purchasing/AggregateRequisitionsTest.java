package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.RequisitionExamples.BOLT;
import static com.tradeledger.purchasing.RequisitionExamples.CONTRACT;
import static com.tradeledger.purchasing.RequisitionExamples.NEEDED_ON;
import static com.tradeledger.purchasing.RequisitionExamples.ORDER;
import static com.tradeledger.purchasing.RequisitionExamples.REQUISITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** Requisitions as a purchase order reads and covers them, loaded from their events in the order's unit of work. */
class AggregateRequisitionsTest {

    private static final RequisitionId NEVER_RAISED = RequisitionId.forContractLine(CONTRACT, 9, BOLT);

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final Requisitions requisitions =
            new AggregateRequisitions(EventSourcingRepository.builder(Requisition.class)
                    .eventStore(events)
                    .build());

    @Test
    void finds_an_open_requisition() {
        given(RequisitionExamples.raised());

        assertThat(inUnitOfWork(() -> requisitions.find(REQUISITION)))
                .contains(new RequisitionState(
                        REQUISITION,
                        CONTRACT,
                        1,
                        BOLT,
                        new BigDecimal("80"),
                        NEEDED_ON,
                        RequisitionStatus.OPEN,
                        BigDecimal.ZERO,
                        null,
                        null));
    }

    @Test
    void finds_no_requisition_never_raised() {
        assertThat(inUnitOfWork(() -> requisitions.find(NEVER_RAISED))).isEmpty();
    }

    @Test
    void marks_an_open_requisition_ordered() {
        given(RequisitionExamples.raised());

        inUnitOfWork(() -> {
            requisitions.markOrdered(REQUISITION, ORDER, 2);
            return null;
        });

        assertThat(eventsOf(REQUISITION)).containsExactly(RequisitionExamples.raised(), RequisitionExamples.ordered());
        assertThat(inUnitOfWork(() -> requisitions.find(REQUISITION)).map(RequisitionState::status))
                .isEqualTo(Optional.of(RequisitionStatus.ORDERED));
    }

    @Test
    void rejects_ordering_a_requisition_already_ordered() {
        given(RequisitionExamples.raised(), RequisitionExamples.ordered());

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    requisitions.markOrdered(REQUISITION, ORDER, 3);
                    return null;
                }))
                .isInstanceOf(RequisitionNotOpen.class);
        assertThat(eventsOf(REQUISITION)).hasSize(2);
    }

    @Test
    void rejects_ordering_a_cancelled_requisition() {
        given(RequisitionExamples.raised(), RequisitionExamples.cancelled());

        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    requisitions.markOrdered(REQUISITION, ORDER, 2);
                    return null;
                }))
                .isInstanceOf(RequisitionNotOpen.class)
                .hasMessage("requisition " + REQUISITION + " is CANCELLED, not OPEN");
    }

    @Test
    void rejects_ordering_a_requisition_never_raised() {
        assertThatThrownBy(() -> inUnitOfWork(() -> {
                    requisitions.markOrdered(NEVER_RAISED, ORDER, 2);
                    return null;
                }))
                .isInstanceOf(RequisitionUnknown.class)
                .hasMessage("no requisition " + NEVER_RAISED + " was raised");
    }

    private void given(Object... payloads) {
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.publish(new GenericDomainEventMessage<>(
                    "Requisition", REQUISITION.toString(), sequence, payloads[sequence]));
        }
    }

    private List<Object> eventsOf(RequisitionId requisitionId) {
        List<Object> payloads = new ArrayList<>();
        events.readEvents(requisitionId.toString()).forEachRemaining(event -> payloads.add(event.getPayload()));
        return payloads;
    }

    private <R> R inUnitOfWork(Callable<R> work) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(work);
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException thrown) {
            throw thrown;
        }
        return result.getPayload();
    }
}
