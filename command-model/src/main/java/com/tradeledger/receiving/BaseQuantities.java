package com.tradeledger.receiving;

import com.tradeledger.purchasing.OrderLineState;
import java.math.BigDecimal;

/** Quantities of a purchase order line in the product's base unit, at the conversion the line was placed at. */
final class BaseQuantities {

    private BaseQuantities() {}

    /** {@code quantity} of the line's unit, in base unit: so many base units for each unit of the line. */
    static BigDecimal of(BigDecimal quantity, OrderLineState line) {
        return quantity.multiply(line.baseUnitsPerUnit());
    }
}
