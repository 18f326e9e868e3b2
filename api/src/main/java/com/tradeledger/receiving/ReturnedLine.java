package com.tradeledger.receiving;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** One line of a return: quantity in the line's unit and in base unit, and whether it left stock. */
public record ReturnedLine(
        int purchaseOrderLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
        boolean fromStock) {}
