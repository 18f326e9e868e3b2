package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A promise, a cancellation, a receipt or a return names a line the purchase order has. */
public final class UnknownPurchaseOrderLine extends BusinessRuleViolation {

    UnknownPurchaseOrderLine(PurchaseOrderId purchaseOrderId, int lineNumber) {
        super("unknown-purchase-order-line", "purchase order " + purchaseOrderId + " has no line " + lineNumber);
    }
}
