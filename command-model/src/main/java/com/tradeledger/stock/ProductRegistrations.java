package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Products' base units as their registration recorded them, read from the product's own first event in the
 * event store, never from a read model that may lag. A product's base unit is fixed at registration: its unit
 * conversions may change, the unit they convert to never does. Runs inside the counting command's unit of work.
 */
public final class ProductRegistrations implements StockedProducts {

    private static final long REGISTRATION = 0;

    private final EventStore events;

    public ProductRegistrations(EventStore events) {
        this.events = events;
    }

    // Read from the first sequence number on, so that a snapshot can never stand in for the registration.
    @Override
    public Optional<UnitOfMeasure> baseUnitOf(ProductId productId) {
        DomainEventStream history = events.readEvents(productId.toString(), REGISTRATION);
        if (!history.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> first = history.next();
        return first.getPayload() instanceof ProductRegistered registered
                ? Optional.of(registered.baseUnit())
                : Optional.empty();
    }
}
