package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Inspection rejects part of what came in: none of it at least, all of it at most. */
public final class RejectedOutOfRange extends BusinessRuleViolation {

    RejectedOutOfRange(int lineNumber, BigDecimal rejected, BigDecimal received) {
        super(
                "rejected-out-of-range",
                "line " + lineNumber + " rejected " + rejected.toPlainString() + " but must reject between 0 and the "
                        + received.toPlainString() + " received");
    }
}
