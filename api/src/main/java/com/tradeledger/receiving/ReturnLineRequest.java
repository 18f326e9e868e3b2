package com.tradeledger.receiving;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * Goods of one receipt line going back to the supplier (退货), in the line's unit: rejected goods that never entered
 * stock, or faulty accepted goods that leave it.
 */
public record ReturnLineRequest(
        int purchaseOrderLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        boolean fromStock) {}
