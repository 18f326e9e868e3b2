package com.tradeledger.shipping;

/** Where a shipment stands. */
public enum ShipmentStatus {
    PLANNED,
    SHIPPED,
    CANCELLED
}
