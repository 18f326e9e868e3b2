package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Goods reserved for the requisition went back to the supplier (退货) with a return of {@code receiptId}:
 * {@code quantity} is no longer reserved for its contract line, {@code filledSoFar} is what stays (base unit). The
 * order line still owes them, so the requisition waits for them again.
 */
@Revision("1")
public record RequisitionGoodsReturned(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        PurchaseOrderId purchaseOrderId,
        GoodsReceiptId receiptId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal filledSoFar) {}
