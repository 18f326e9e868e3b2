package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;

/** A receipt says once what came in against each order line, so that no line is counted twice. */
public final class OrderLineListedTwice extends BusinessRuleViolation {

    OrderLineListedTwice(int lineNumber) {
        super("order-line-listed-twice", "purchase order line " + lineNumber + " is listed more than once");
    }
}
