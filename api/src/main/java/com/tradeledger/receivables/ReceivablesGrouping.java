package com.tradeledger.receivables;

/** What a receivables summary sums by; each row is also split by currency. */
public enum ReceivablesGrouping {
    CUSTOMER,
    SALESPERSON,
    CURRENCY,
    BUCKET
}
