package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Goods came in against a line: {@code received} of which {@code rejected} at inspection (in the line's unit);
 * {@code receivedSoFar} counts every receipt of the line, less returns.
 */
@Revision("1")
public record PurchaseOrderLineReceived(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        GoodsReceiptId receiptId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rejected,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acceptedSoFar) {}
