package com.tradeledger.evolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Stored rows read as the current revision, for readers of raw rows (the integrators' feed): which (type, revision)
 * pairs a revision step reads, and a row of such a pair run through Axon's configured upcaster chain, the one the
 * event store and processors use. Every other row is left alone at the cost of one lookup.
 */
@Component
public class CurrentRevisions {

    private final Map<String, Set<String>> outdated = new HashMap<>();
    private final org.axonframework.config.Configuration axon;
    private final Serializer serializer;

    CurrentRevisions(
            List<RevisionUpcaster> steps,
            org.axonframework.config.Configuration axon,
            @Qualifier("eventSerializer") Serializer serializer) {
        this.axon = axon;
        this.serializer = serializer;
        for (RevisionUpcaster step : steps) {
            SerializedType type = step.outdated();
            outdated.computeIfAbsent(type.getName(), name -> new HashSet<>()).add(type.getRevision());
        }
    }

    /** Whether a row of this payload type and revision is read differently now than it is stored. */
    public boolean outdated(String payloadType, String payloadRevision) {
        Set<String> revisions = outdated.get(payloadType);
        return revisions != null && revisions.contains(payloadRevision);
    }

    /** The row's payload as the current revision, through every step that applies. */
    public UpcastPayload current(DomainEventData<byte[]> row) {
        List<IntermediateEventRepresentation> read = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(row, serializer)))
                .toList();
        if (read.size() != 1) {
            throw new IllegalStateException(
                    "event " + row.getEventIdentifier() + " reads as " + read.size() + " events, not one");
        }
        IntermediateEventRepresentation event = read.get(0);
        return new UpcastPayload(
                event.getType().getName(),
                event.getType().getRevision(),
                event.getData(byte[].class).getData());
    }
}
