package com.tradeledger.billing;

/** Ask for one payment received as it now stands; answered with a {@link PaymentView}, or none. */
public record FindPayment(PaymentId paymentId) {}
