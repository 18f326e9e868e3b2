package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** What was not yet received of a line was cancelled ({@code cancelledQuantity} in the line's unit). */
@Revision("1")
public record PurchaseOrderLineCancelled(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cancelledQuantity,
        String reason) {}
