package com.tradeledger.payables;

/** Where a supplier bill stands: held by a three-way-match mismatch, payable, or paid. */
public enum SupplierBillStatus {
    HELD,
    PAYABLE,
    PAID
}
