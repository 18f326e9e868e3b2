package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** Nothing is owed on a settled invoice: it takes no further payment and cannot be cancelled. */
public final class InvoiceAlreadySettled extends BusinessRuleViolation {

    InvoiceAlreadySettled(InvoiceId invoiceId) {
        super("invoice-settled", "invoice " + invoiceId + " is settled and owes nothing");
    }
}
