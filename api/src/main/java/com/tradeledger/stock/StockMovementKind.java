package com.tradeledger.stock;

/**
 * What moved a product's stock: a stocktake count, a reservation, its release, an issue to a shipment, goods received
 * from or returned to a supplier, or a transfer between warehouses.
 */
public enum StockMovementKind {
    COUNTED,
    RESERVED,
    RELEASED,
    ISSUED,
    RECEIVED,
    RETURNED,
    TRANSFERRED
}
