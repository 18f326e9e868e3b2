package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A shipment line carries some quantity of a contract line; none, or less than none, carries nothing. */
public final class ShippedQuantityNotPositive extends BusinessRuleViolation {

    ShippedQuantityNotPositive(int lineNumber, BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "the quantity shipped of line " + lineNumber + " must be greater than zero, but was "
                        + quantity.toPlainString());
    }
}
