package com.tradeledger.stock;

/** What moved a product's stock: a stocktake count, a reservation, its release, or an issue to a shipment. */
public enum StockMovementKind {
    COUNTED,
    RESERVED,
    RELEASED,
    ISSUED
}
