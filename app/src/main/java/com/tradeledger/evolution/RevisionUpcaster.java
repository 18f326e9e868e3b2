package com.tradeledger.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one event stored under one revision as the next revision, on its stored JSON form. Each such step is a
 * Spring bean, which Axon's Spring Boot configuration puts in the upcaster chain of the event store, so aggregates,
 * processors and replays all read the next revision; the feed runs the same chain for the revisions steps name.
 */
public abstract class RevisionUpcaster extends SingleEventUpcaster {

    private final SerializedType outdated;
    private final SerializedType next;

    protected RevisionUpcaster(Class<?> event, String fromRevision, String toRevision) {
        this.outdated = new SimpleSerializedType(event.getName(), fromRevision);
        this.next = new SimpleSerializedType(event.getName(), toRevision);
    }

    /** The event and revision this step reads. */
    public SerializedType outdated() {
        return outdated;
    }

    /** The revision-{@code from} payload as revision {@code to}: changes a copy, never what was read. */
    protected abstract ObjectNode upcast(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        SerializedType type = event.getType();
        return outdated.getName().equals(type.getName()) && Objects.equals(outdated.getRevision(), type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(next, JsonNode.class, payload -> upcast(((ObjectNode) payload).deepCopy()));
    }
}
