package com.tradeledger.purchasing;

/** Whether a delivery risk (交期匹配) stands: the promise is still late, or a later promise was in time. */
public enum DeliveryRiskStatus {
    OPEN,
    CLEARED
}
