package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.LedgerTest;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two writers of the same aggregate sequence number: PostgreSQL's unique violation becomes a concurrency conflict. */
@LedgerTest
class DuplicateKeyTest {

    @Autowired
    EventStorageEngine storage;

    @Test
    void a_second_append_at_the_same_sequence_number_is_a_concurrency_conflict() {
        String aggregate = UUID.randomUUID().toString();
        storage.appendEvents(new GenericDomainEventMessage<>("Probe", aggregate, 0, "created"));
        storage.appendEvents(new GenericDomainEventMessage<>("Probe", aggregate, 1, "first writer"));

        assertThatThrownBy(() ->
                        storage.appendEvents(new GenericDomainEventMessage<>("Probe", aggregate, 1, "second writer")))
                .isInstanceOf(ConcurrencyException.class);
    }
}
