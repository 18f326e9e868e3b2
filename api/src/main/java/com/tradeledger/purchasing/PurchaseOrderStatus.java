package com.tradeledger.purchasing;

/** Where a purchase order stands. */
public enum PurchaseOrderStatus {
    PLACED,
    CONFIRMED,
    RECEIVED,
    CANCELLED
}
