package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** Goods are received against a purchase order the ledger placed; none other can be received against. */
public final class UnknownPurchaseOrder extends BusinessRuleViolation {

    UnknownPurchaseOrder(PurchaseOrderId purchaseOrderId) {
        super("unknown-purchase-order", "purchase order " + purchaseOrderId + " is not a purchase order of the ledger");
    }
}
