package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** Faulty goods go back from stock only as far as the receipt accepted them and did not already send them back. */
public final class ReturnExceedsAccepted extends BusinessRuleViolation {

    ReturnExceedsAccepted(int lineNumber, BigDecimal quantity, BigDecimal returnable) {
        super(
                "return-exceeds-accepted",
                "line " + lineNumber + ": " + quantity.toPlainString() + " to return from stock, but only "
                        + returnable.toPlainString() + " accepted is left to return");
    }
}
