package com.tradeledger.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** How much of a contract line to ship, in the line's unit. */
public record ShipmentRequestLine(
        int contractLine,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {}
