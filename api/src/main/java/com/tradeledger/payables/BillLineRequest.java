package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;

/** What the supplier bills for one purchase order line: quantity in the line's unit, and unit price. */
public record BillLineRequest(
        int purchaseOrderLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        Money unitPrice) {}
