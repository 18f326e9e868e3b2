package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** A purchase order line buys at least what the requisitions it covers need, counted in the base unit. */
public final class LineShortOfRequisitions extends BusinessRuleViolation {

    LineShortOfRequisitions(int lineNumber, BigDecimal ordered, BigDecimal needed, UnitOfMeasure baseUnit) {
        super(
                "line-short-of-requisitions",
                "line " + lineNumber + " orders " + ordered.toPlainString() + " " + baseUnit
                        + " but its requisitions need " + needed.toPlainString() + " " + baseUnit);
    }
}
