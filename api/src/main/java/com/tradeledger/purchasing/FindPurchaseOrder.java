package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;

/** Ask for one purchase order as it now stands; answered with a {@link PurchaseOrderView}, or none. */
public record FindPurchaseOrder(PurchaseOrderId purchaseOrderId) {}
