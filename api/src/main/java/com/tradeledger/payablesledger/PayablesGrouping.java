package com.tradeledger.payablesledger;

/** What a payables summary sums by; each row is also split by currency. */
public enum PayablesGrouping {
    SUPPLIER,
    CURRENCY,
    BUCKET
}
