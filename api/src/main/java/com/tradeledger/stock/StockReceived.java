package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Accepted goods of a receipt entered a warehouse, in the product's base unit (named since revision 2; null in
 * events recorded before).
 */
@Revision("2")
public record StockReceived(
        ProductId productId,
        WarehouseCode warehouse,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure baseUnit,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId) {}
