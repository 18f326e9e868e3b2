package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;

/**
 * Ask for a page of payments received, newest first, of one customer or (null) of all; answered with a
 * {@link PaymentPage}.
 */
public record ListPayments(CustomerId customerId, int page, int size) {}
