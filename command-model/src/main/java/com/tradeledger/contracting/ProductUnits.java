package com.tradeledger.contracting;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** The catalogue's units of measure and conversions, as a contract counts its lines in what stock counts. */
public interface ProductUnits {

    /**
     * {@code quantity} in {@code unit} expressed in the product's base unit.
     *
     * @throws UnknownProduct when no such product was registered
     * @throws NoConversionToBaseUnit when the product is not counted in {@code unit}
     */
    BaseQuantity baseQuantity(ProductId productId, BigDecimal quantity, UnitOfMeasure unit);
}
