package com.tradeledger.payables;

/** Ask for one payment made to a supplier; answered with a {@link SupplierPaymentView}, or none. */
public record FindSupplierPayment(SupplierPaymentId paymentId) {}
