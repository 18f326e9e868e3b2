package com.tradeledger.receiving;

import com.tradeledger.purchasing.OrderLineState;
import java.math.BigDecimal;
import java.math.MathContext;

/** Quantities of a purchase order line in the product's base unit, pro rata to what the line ordered in each. */
final class BaseQuantities {

    private BaseQuantities() {}

    /** {@code quantity} of the line's unit, in base unit: as the ordered quantity is to its base quantity. */
    static BigDecimal of(BigDecimal quantity, OrderLineState line) {
        return quantity.multiply(line.baseQuantity()).divide(line.quantity(), MathContext.DECIMAL64);
    }
}
