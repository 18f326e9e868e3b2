package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What signing set aside for one contract line from available stock, in the product's base unit, and what is left to
 * buy for it by its delivery date.
 */
public record LineAllocation(
        int lineNumber,
        ProductId productId,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ordered,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserved,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal toBuy,
        LocalDate deliveryDate) {}
