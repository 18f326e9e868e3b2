package com.tradeledger.purchasing;

import com.tradeledger.products.BillOfMaterialsDefined;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.quoting.UnknownProduct;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Bills of materials and units read from each product's own events (its registration and every redefinition of its
 * conversions or bill of materials), as the catalogue stands when the planning process handles a contract, never
 * as a read model that may lag. Reads from the first event, never from a snapshot.
 */
public final class EventSourcedBillsOfMaterials implements BillsOfMaterials {

    private final EventStore events;

    public EventSourcedBillsOfMaterials(EventStore events) {
        this.events = events;
    }

    @Override
    public ProductMaterials materialsOf(ProductId productId) {
        ProductMaterials materials = null;
        DomainEventStream stream = events.readEvents(productId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ProductRegistered registered) {
                materials = new ProductMaterials(
                        productId,
                        registered.sku(),
                        registered.baseUnit(),
                        registered.conversions(),
                        registered.billOfMaterials());
            } else if (event instanceof UnitConversionsDefined defined && materials != null) {
                materials = new ProductMaterials(
                        productId, materials.sku(), materials.baseUnit(), defined.conversions(), materials.lines());
            } else if (event instanceof BillOfMaterialsDefined defined && materials != null) {
                materials = new ProductMaterials(
                        productId, materials.sku(), materials.baseUnit(), materials.conversions(), defined.lines());
            }
        }
        if (materials == null) {
            throw new UnknownProduct(productId);
        }
        return materials;
    }
}
