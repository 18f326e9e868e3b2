package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** Goods are received against, and returned on, a purchase order the ledger placed; an unknown id names none. */
public final class UnknownPurchaseOrder extends BusinessRuleViolation {

    UnknownPurchaseOrder(PurchaseOrderId purchaseOrderId) {
        super("unknown-purchase-order", "purchase order " + purchaseOrderId + " is not a purchase order of the ledger");
    }
}
