package com.tradeledger.products;

import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.time.Instant;
import java.util.List;

/** A product as the catalogue shows it, with its current price lists; {@code version} is its last event's. */
public record ProductView(
        ProductId id,
        Sku sku,
        String name,
        String category,
        ProductSource source,
        UnitOfMeasure baseUnit,
        List<UnitConversion> conversions,
        HsCode hsCode,
        SupplierId defaultSupplier,
        List<BomLine> billOfMaterials,
        List<PriceList> priceLists,
        ProductStatus status,
        long version,
        Instant registeredAt,
        Instant changedAt) {

    /** This product as people without price access rights may see it. */
    public ProductView withoutRestrictedPrices() {
        return new ProductView(
                id,
                sku,
                name,
                category,
                source,
                baseUnit,
                conversions,
                hsCode,
                defaultSupplier,
                billOfMaterials,
                priceLists.stream().map(PriceList::withoutRestrictedPrices).toList(),
                status,
                version,
                registeredAt,
                changedAt);
    }
}
