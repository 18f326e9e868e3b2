package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One line of a recorded stocktake: what was counted of the product, what the books said the warehouse held just
 * before, and the difference (counted less on the books), in the product's base unit.
 */
public record StocktakeLine(
        ProductId productId,
        UnitOfMeasure baseUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal onBooks,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal difference) {}
