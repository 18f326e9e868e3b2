package com.tradeledger.billing;

/** Ask for one invoice as it now stands; answered with an {@link InvoiceView}, or none. */
public record FindInvoice(InvoiceId invoiceId) {}
