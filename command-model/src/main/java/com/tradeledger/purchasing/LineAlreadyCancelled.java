package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A cancelled purchase order line is closed: it takes no new promise, no second cancellation and no receipt. */
public final class LineAlreadyCancelled extends BusinessRuleViolation {

    LineAlreadyCancelled(PurchaseOrderId purchaseOrderId, int lineNumber) {
        super("line-cancelled", "line " + lineNumber + " of purchase order " + purchaseOrderId + " was cancelled");
    }
}
