package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** A supplier cannot promise goods for a day before the order was placed with it. */
public final class PromisedBeforePlaced extends BusinessRuleViolation {

    PromisedBeforePlaced(int lineNumber, LocalDate promisedDate, LocalDate placedOn) {
        super(
                "promised-before-placed",
                "line " + lineNumber + " is promised for " + promisedDate + ", before the order was placed on "
                        + placedOn);
    }
}
