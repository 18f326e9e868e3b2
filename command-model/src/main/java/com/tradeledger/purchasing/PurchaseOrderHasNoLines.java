package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A purchase order buys something: it has at least one line. */
public final class PurchaseOrderHasNoLines extends BusinessRuleViolation {

    PurchaseOrderHasNoLines(PurchaseOrderId purchaseOrderId) {
        super("purchase-order-without-lines", "purchase order " + purchaseOrderId + " has no lines");
    }
}
