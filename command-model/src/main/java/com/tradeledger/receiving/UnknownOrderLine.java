package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** Goods come in against a line the purchase order has. */
public final class UnknownOrderLine extends BusinessRuleViolation {

    UnknownOrderLine(PurchaseOrderId purchaseOrderId, int lineNumber) {
        super("unknown-order-line", "purchase order " + purchaseOrderId + " has no line " + lineNumber);
    }
}
