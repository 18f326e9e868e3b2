package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;

/** A return to the supplier (退货) sends goods back; a return of nothing sends nothing. */
public final class ReturnHasNoLines extends BusinessRuleViolation {

    ReturnHasNoLines() {
        super("return-has-no-lines", "a return to the supplier needs at least one line");
    }
}
