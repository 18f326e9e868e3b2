package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** Only an invoice nothing was paid or credited on can be cancelled; the others are corrected by credit notes. */
public final class InvoiceHasPayments extends BusinessRuleViolation {

    InvoiceHasPayments(InvoiceId invoiceId) {
        super(
                "invoice-has-payments",
                "invoice " + invoiceId + " has payments or credit notes against it and cannot be cancelled");
    }
}
