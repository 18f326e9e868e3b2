package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Goods a receipt accepted on the order line covering the requisition were reserved for its contract line:
 * {@code quantity} now, {@code filledSoFar} in all (base unit). Filled in full, the requisition is done.
 */
@Revision("1")
public record RequisitionFilled(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal filledSoFar) {}
