package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One event that moved a product's stock, in its base unit. {@code quantity} is what moved: for a count the
 * difference it found (negative when stock was missing), otherwise what was reserved, released, issued, received,
 * returned or transferred. {@code counted} is a count's finding; a transfer goes from {@code warehouse} to
 * {@code toWarehouse}; warehouse, contract line, shipment, purchase order, goods receipt and reason are there when
 * the event names them. {@code recordedBy} is who counted or transferred, null for the events that name nobody.
 * {@code sequence} orders a product's movements; {@code at} is when the event was recorded.
 */
public record StockMovement(
        long sequence,
        StockMovementKind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted,
        WarehouseCode warehouse,
        ContractId contractId,
        Integer contractLine,
        ShipmentId shipmentId,
        WarehouseCode toWarehouse,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId,
        String reason,
        Username recordedBy,
        Instant at) {}
