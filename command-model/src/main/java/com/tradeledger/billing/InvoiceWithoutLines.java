package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** An invoice bills something: a deposit line or the lines of a shipment. */
public final class InvoiceWithoutLines extends BusinessRuleViolation {

    InvoiceWithoutLines(InvoiceId invoiceId) {
        super("invoice-without-lines", "invoice " + invoiceId + " has no lines to bill");
    }
}
