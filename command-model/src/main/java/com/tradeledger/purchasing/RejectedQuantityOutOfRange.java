package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Inspection rejects none, some or all of what came in: never less than nothing, never more than was received. */
public final class RejectedQuantityOutOfRange extends BusinessRuleViolation {

    RejectedQuantityOutOfRange(int lineNumber, BigDecimal rejected, BigDecimal received) {
        super(
                "rejected-out-of-range",
                "line " + lineNumber + " rejects " + rejected.toPlainString() + " of " + received.toPlainString()
                        + " received");
    }
}
