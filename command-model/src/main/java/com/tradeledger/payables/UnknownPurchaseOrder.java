package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;

/** A supplier bill is recorded against a purchase order the ledger placed. */
public final class UnknownPurchaseOrder extends BusinessRuleViolation {

    UnknownPurchaseOrder(PurchaseOrderId purchaseOrderId) {
        super("unknown-purchase-order", "purchase order " + purchaseOrderId + " was never placed");
    }
}
