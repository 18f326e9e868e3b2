package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A line whose ordered quantity came in has nothing left to promise or to cancel. */
public final class LineFullyReceived extends BusinessRuleViolation {

    LineFullyReceived(PurchaseOrderId purchaseOrderId, int lineNumber) {
        super(
                "line-fully-received",
                "line " + lineNumber + " of purchase order " + purchaseOrderId + " was received in full");
    }
}
