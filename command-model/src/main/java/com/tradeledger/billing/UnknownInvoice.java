package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A payment is allocated only to invoices the ledger issued. */
public final class UnknownInvoice extends BusinessRuleViolation {

    UnknownInvoice(InvoiceId invoiceId) {
        super("unknown-invoice", "invoice " + invoiceId + " was never issued");
    }
}
