package com.tradeledger.purchasing;

import java.math.BigDecimal;

/** What came in against one purchase order line, in the line's unit: received, and of that rejected at inspection. */
public record LineReceipt(int lineNumber, BigDecimal received, BigDecimal rejected) {}
