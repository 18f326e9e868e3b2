package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import java.math.BigDecimal;

/** One line of a stocktake sheet as counted: the product and how much of it is there, in its base unit. */
public record StocktakeLineRequest(
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal counted) {}
