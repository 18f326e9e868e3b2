package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Faulty goods left a warehouse back to their supplier (base unit). */
@Revision("1")
public record StockReturned(
        ProductId productId,
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId) {}
