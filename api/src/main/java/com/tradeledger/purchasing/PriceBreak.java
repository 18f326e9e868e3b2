package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;

/** A supplier's price from a quantity on (in the offer's unit): the quantity break. */
public record PriceBreak(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minQuantity, Money unitPrice) {}
