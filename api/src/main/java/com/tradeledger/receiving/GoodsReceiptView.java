package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A goods receipt (收货) as it now stands: the purchase order, supplier and warehouse, the lines received, rejected
 * and accepted, and the returns (退货) made from it in order. {@code version} is the sequence number of its last
 * event.
 */
public record GoodsReceiptView(
        GoodsReceiptId id,
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        WarehouseCode warehouse,
        List<ReceivedLine> lines,
        List<GoodsReturnView> returns,
        Username receivedBy,
        LocalDate receivedOn,
        long version,
        Instant receivedAt,
        Instant changedAt) {}
