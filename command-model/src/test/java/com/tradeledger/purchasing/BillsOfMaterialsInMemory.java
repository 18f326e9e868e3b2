package com.tradeledger.purchasing;

import com.tradeledger.products.BomLine;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue's bills of materials and units as a map, behaving as the event-sourced one does. */
final class BillsOfMaterialsInMemory implements BillsOfMaterials {

    private final Map<ProductId, ProductMaterials> products = new HashMap<>();

    /** The product is counted in {@code baseUnit} and these conversions, and made from {@code lines}. */
    BillsOfMaterialsInMemory product(
            ProductId productId,
            String sku,
            UnitOfMeasure baseUnit,
            List<UnitConversion> conversions,
            BomLine... lines) {
        products.put(productId, new ProductMaterials(productId, Sku.of(sku), baseUnit, conversions, List.of(lines)));
        return this;
    }

    @Override
    public ProductMaterials materialsOf(ProductId productId) {
        return Optional.ofNullable(products.get(productId)).orElseThrow(() -> new UnknownProduct(productId));
    }
}
