package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A supplier bill charges only for lines of the purchase order it is recorded against. */
public final class UnknownOrderLine extends BusinessRuleViolation {

    UnknownOrderLine(PurchaseOrderId purchaseOrderId, int lineNumber) {
        super("unknown-order-line", "purchase order " + purchaseOrderId + " has no line " + lineNumber);
    }
}
