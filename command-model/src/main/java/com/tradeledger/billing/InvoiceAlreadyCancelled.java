package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A cancelled invoice asks for nothing: it takes no payment, credit note or second cancellation. */
public final class InvoiceAlreadyCancelled extends BusinessRuleViolation {

    InvoiceAlreadyCancelled(InvoiceId invoiceId) {
        super("invoice-cancelled", "invoice " + invoiceId + " was cancelled");
    }
}
