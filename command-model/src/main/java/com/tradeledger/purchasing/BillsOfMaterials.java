package com.tradeledger.purchasing;

import com.tradeledger.products.BomLine;
import com.tradeledger.products.BomLineKind;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogue as purchase planning (采购计划) reads it: each product's bill of materials (物料表) and the units its
 * components are counted in, so that materials are bought in what stock counts.
 */
public interface BillsOfMaterials {

    /**
     * The product's base unit, unit conversions and bill of materials as they stand now.
     *
     * @throws UnknownProduct when no such product was registered
     */
    ProductMaterials materialsOf(ProductId productId);

    /** One product's units and bill of materials; no lines when it is bought or made whole. */
    record ProductMaterials(
            ProductId productId,
            Sku sku,
            UnitOfMeasure baseUnit,
            List<UnitConversion> conversions,
            List<BomLine> lines) {

        public ProductMaterials {
            conversions = conversions == null ? List.of() : List.copyOf(conversions);
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** The lines bought for it: components and packing; processing steps are done, not bought. */
        public List<BomLine> linesBought() {
            return lines.stream()
                    .filter(line -> line.kind() != BomLineKind.PROCESSING)
                    .toList();
        }

        /**
         * {@code quantity} in {@code unit} expressed in this product's base unit.
         *
         * @throws NoConversionToBaseUnit when the product is not counted in {@code unit}
         */
        public BigDecimal inBaseUnit(BigDecimal quantity, UnitOfMeasure unit) {
            if (unit.equals(baseUnit)) {
                return quantity;
            }
            return conversions.stream()
                    .filter(conversion -> conversion.unit().equals(unit))
                    .findFirst()
                    .map(conversion -> quantity.multiply(conversion.factor()))
                    .orElseThrow(() -> new NoConversionToBaseUnit(sku, unit, units()));
        }

        private List<UnitOfMeasure> units() {
            return Stream.concat(Stream.of(baseUnit), conversions.stream().map(UnitConversion::unit))
                    .toList();
        }
    }
}
