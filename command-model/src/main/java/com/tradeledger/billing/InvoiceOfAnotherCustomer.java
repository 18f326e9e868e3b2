package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A customer's payment settles that customer's invoices only. */
public final class InvoiceOfAnotherCustomer extends BusinessRuleViolation {

    InvoiceOfAnotherCustomer(InvoiceId invoiceId, CustomerId payer) {
        super("invoice-of-another-customer", "invoice " + invoiceId + " is not an invoice to customer " + payer);
    }
}
