package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A bill charges each purchase order line on one bill line, so that the match compares the whole quantity billed
 * for it with what was received.
 */
public final class OrderLineBilledTwice extends BusinessRuleViolation {

    OrderLineBilledTwice(int lineNumber) {
        super("order-line-billed-twice", "purchase order line " + lineNumber + " is billed on more than one line");
    }
}
