package com.tradeledger.receiving;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/** One line of a goods receipt: what came in, what was rejected, what was accepted into stock (also in base unit). */
public record ReceivedLine(
        int purchaseOrderLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rejected,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal accepted,
        UnitOfMeasure unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acceptedBaseQuantity,
        UnitOfMeasure baseUnit) {}
