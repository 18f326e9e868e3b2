package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Accepted goods of a receipt entered a warehouse (base unit). */
@Revision("1")
public record StockReceived(
        ProductId productId,
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId) {}
