package com.tradeledger.purchasing;

/** Where a requisition stands. */
public enum RequisitionStatus {
    OPEN,
    ORDERED,
    FILLED,
    CANCELLED
}
