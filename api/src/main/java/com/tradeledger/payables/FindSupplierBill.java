package com.tradeledger.payables;

/** Ask for one supplier bill (应付) as it now stands; answered with a {@link SupplierBillView}, or none. */
public record FindSupplierBill(SupplierBillId billId) {}
