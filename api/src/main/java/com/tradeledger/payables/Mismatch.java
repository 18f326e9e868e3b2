package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** One difference a three-way match found: the line, what kind, what was billed and what was expected. */
public record Mismatch(
        int purchaseOrderLine,
        MismatchKind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal billed,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected) {}
