package com.tradeledger.products;

import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A product entered the catalogue under a unique SKU, with its units, tariff code and bill of materials. */
@Revision("1")
public record ProductRegistered(
        ProductId productId,
        Sku sku,
        String name,
        String category,
        ProductSource source,
        UnitOfMeasure baseUnit,
        List<UnitConversion> conversions,
        HsCode hsCode,
        SupplierId defaultSupplier,
        List<BomLine> billOfMaterials) {}
