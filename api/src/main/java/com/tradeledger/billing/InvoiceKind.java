package com.tradeledger.billing;

/** What an invoice bills: the deposit on signing, or the goods of one shipment. */
public enum InvoiceKind {
    DEPOSIT,
    SHIPMENT
}
