package com.tradeledger.purchasing;

/** Why a delivery risk was closed without a promise in time. */
public enum DeliveryRiskClosure {
    /** The order line was cancelled: it will not deliver, late or not. */
    LINE_CANCELLED,
    /** The order line was received in full: the goods are in, however late. */
    RECEIVED_IN_FULL,
    /** The requisition was cancelled (its contract was cancelled or completed): nothing waits for the line. */
    REQUISITION_CANCELLED
}
