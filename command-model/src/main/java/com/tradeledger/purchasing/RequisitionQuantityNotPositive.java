package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A requisition asks for something to be bought; none, or less than none, asks for nothing. */
public final class RequisitionQuantityNotPositive extends BusinessRuleViolation {

    RequisitionQuantityNotPositive(BigDecimal quantity) {
        super(
                "quantity-not-positive",
                "a requisition's quantity must be greater than zero, but was " + quantity.toPlainString());
    }
}
