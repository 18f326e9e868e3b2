package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;

/** A goods receipt records what came in; a receipt of nothing records nothing. */
public final class ReceiptHasNoLines extends BusinessRuleViolation {

    ReceiptHasNoLines() {
        super("receipt-has-no-lines", "a goods receipt needs at least one line");
    }
}
