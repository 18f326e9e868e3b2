package com.tradeledger.payables;

import com.tradeledger.shared.SupplierId;

/**
 * Ask for a page of supplier payments, latest paid first, filtered by supplier (null matches every payment);
 * answered with a {@link SupplierPaymentPage}.
 */
public record ListSupplierPayments(SupplierId supplierId, int page, int size) {}
