package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** How much of one contract line a shipment carried, in the line's unit. */
public record ShippedQuantity(
        int lineNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {}
