package com.tradeledger.products;

import com.tradeledger.shared.EventStamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the product catalogue from the product events. The event's sequence number becomes the row's
 * version and its timestamp the row's change time, so replaying the log gives the same rows.
 */
@Component
@ProcessingGroup("product-catalogue")
public class ProductCatalogueProjection {

    private final ProductCatalogue catalogue;

    public ProductCatalogueProjection(ProductCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @EventHandler
    public void on(ProductRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.add(new ProductView(
                event.productId(),
                event.sku(),
                event.name(),
                event.category(),
                event.source(),
                event.baseUnit(),
                event.conversions(),
                event.hsCode(),
                event.defaultSupplier(),
                event.billOfMaterials(),
                List.of(),
                ProductStatus.ACTIVE,
                sequence,
                at,
                at));
    }

    @EventHandler
    public void on(ProductRenamed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.rename(event.productId(), event.name(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ProductReclassified event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.reclassify(event.productId(), event.category(), event.hsCode(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(UnitConversionsDefined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.defineUnitConversions(
                event.productId(), event.baseUnit(), event.conversions(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(BillOfMaterialsDefined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.defineBillOfMaterials(event.productId(), event.lines(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(DefaultSupplierChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.changeDefaultSupplier(event.productId(), event.supplier(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(PriceListSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.setPriceList(event.productId(), event.priceList(), new EventStamp(sequence, at));
    }

    @EventHandler
    public void on(ProductDiscontinued event, @SequenceNumber long sequence, @Timestamp Instant at) {
        catalogue.discontinue(event.productId(), new EventStamp(sequence, at));
    }

    @ResetHandler
    public void reset() {
        catalogue.clear();
    }
}
