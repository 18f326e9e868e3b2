package com.tradeledger.billing;

/** Where an invoice stands. */
public enum InvoiceStatus {
    OPEN,
    SETTLED,
    CANCELLED
}
