package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Rejected goods go back only as far as inspection rejected them and they were not already sent back. */
public final class ReturnExceedsRejected extends BusinessRuleViolation {

    ReturnExceedsRejected(int lineNumber, BigDecimal quantity, BigDecimal returnable) {
        super(
                "return-exceeds-rejected",
                "line " + lineNumber + ": " + quantity.toPlainString() + " rejected to return, but only "
                        + returnable.toPlainString() + " rejected is left to return");
    }
}
