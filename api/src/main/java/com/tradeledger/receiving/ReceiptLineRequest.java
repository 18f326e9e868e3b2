package com.tradeledger.receiving;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** What came in against one purchase order line, in the line's unit: received, and of that rejected at inspection. */
public record ReceiptLineRequest(
        int purchaseOrderLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rejected) {}
