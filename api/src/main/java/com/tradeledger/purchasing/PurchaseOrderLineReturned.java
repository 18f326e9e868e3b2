package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Accepted goods of a line went back to the supplier from stock; {@code acceptedSoFar} is what the line keeps. */
@Revision("1")
public record PurchaseOrderLineReturned(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        GoodsReceiptId receiptId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal returned,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acceptedSoFar) {}
