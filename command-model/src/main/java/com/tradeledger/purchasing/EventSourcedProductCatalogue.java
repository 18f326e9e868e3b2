package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.UnitConversionsDefined;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Products read from their own events (the registration and every redefinition of the units), so that an offer or
 * an order line is counted in base units as the catalogue stands in the command's unit of work, never as a read
 * model that may lag. Reads from the first event, never from a snapshot.
 */
public final class EventSourcedProductCatalogue implements ProductCatalogue {

    private final EventStore events;

    public EventSourcedProductCatalogue(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<CataloguedProduct> find(ProductId productId) {
        CataloguedProduct product = null;
        DomainEventStream stream = events.readEvents(productId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ProductRegistered registered) {
                product = new CataloguedProduct(
                        productId, registered.sku(), registered.baseUnit(), registered.conversions());
            } else if (event instanceof UnitConversionsDefined defined && product != null) {
                product = new CataloguedProduct(productId, product.sku(), product.baseUnit(), defined.conversions());
            }
        }
        return Optional.ofNullable(product);
    }
}
