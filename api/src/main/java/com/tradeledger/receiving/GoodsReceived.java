package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Goods came into a warehouse against a purchase order. */
@Revision("1")
public record GoodsReceived(
        GoodsReceiptId receiptId,
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        WarehouseCode warehouse,
        List<ReceivedLine> lines,
        Username receivedBy,
        LocalDate receivedOn) {}
