package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A supplier confirms an order once, while it is placed and not yet confirmed, received or cancelled. */
public final class PurchaseOrderNotPlaced extends BusinessRuleViolation {

    PurchaseOrderNotPlaced(PurchaseOrderId purchaseOrderId, PurchaseOrderStatus status) {
        super("purchase-order-not-placed", "purchase order " + purchaseOrderId + " is " + status + ", not placed");
    }
}
