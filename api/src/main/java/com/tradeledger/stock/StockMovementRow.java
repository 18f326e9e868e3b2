package com.tradeledger.stock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of a product's stock (库存流水) as a flat line of an analyst's CSV export, with the identifier of the
 * event behind it; the columns are those of a {@link StockMovement}, empty where the event names nothing.
 */
public record StockMovementRow(
        String eventId,
        String productId,
        long sequence,
        StockMovementKind kind,
        BigDecimal quantity,
        BigDecimal counted,
        String warehouse,
        String toWarehouse,
        String contractId,
        Integer contractLine,
        String shipmentId,
        String purchaseOrderId,
        String receiptId,
        String reason,
        String recordedBy,
        Instant at) {}
