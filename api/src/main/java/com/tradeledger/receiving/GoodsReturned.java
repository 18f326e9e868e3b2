package com.tradeledger.receiving;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Goods of a receipt went back to the supplier (退货). */
@Revision("1")
public record GoodsReturned(
        GoodsReceiptId receiptId,
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        WarehouseCode warehouse,
        List<ReturnedLine> lines,
        String reason,
        Username returnedBy,
        LocalDate returnedOn) {}
