package com.tradeledger.products;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Components read from each product's own events (its registration and every redefinition of its bill of
 * materials), as they stand in the command's unit of work, never as a read model that may lag. Reads from the first
 * event, never from a snapshot.
 */
public final class EventSourcedProductComponents implements ProductComponents {

    private final EventStore events;

    public EventSourcedProductComponents(EventStore events) {
        this.events = events;
    }

    @Override
    public List<ProductId> componentsOf(ProductId productId) {
        List<BomLine> lines = List.of();
        DomainEventStream stream = events.readEvents(productId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ProductRegistered registered) {
                lines = orNone(registered.billOfMaterials());
            } else if (event instanceof BillOfMaterialsDefined defined) {
                lines = orNone(defined.lines());
            }
        }
        return lines.stream().map(BomLine::component).toList();
    }

    private static List<BomLine> orNone(List<BomLine> lines) {
        return lines == null ? List.of() : lines;
    }
}
