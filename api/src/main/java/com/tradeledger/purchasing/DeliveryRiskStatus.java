package com.tradeledger.purchasing;

/**
 * Whether a delivery risk (交期匹配) stands: the promise is still late, a later promise was in time, or it was
 * closed because nothing waits for the line any more (cancelled, received in full, requisition cancelled).
 */
public enum DeliveryRiskStatus {
    OPEN,
    CLEARED,
    CLOSED
}
