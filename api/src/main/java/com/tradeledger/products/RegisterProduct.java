package com.tradeledger.products;

import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a product in the catalogue under a unique SKU. */
public record RegisterProduct(
        @TargetAggregateIdentifier ProductId productId,
        Sku sku,
        String name,
        String category,
        ProductSource source,
        UnitOfMeasure baseUnit,
        List<UnitConversion> conversions,
        HsCode hsCode,
        SupplierId defaultSupplier,
        List<BomLine> billOfMaterials) {

    public RegisterProduct {
        conversions = conversions == null ? List.of() : List.copyOf(conversions);
        billOfMaterials = billOfMaterials == null ? List.of() : List.copyOf(billOfMaterials);
    }
}
