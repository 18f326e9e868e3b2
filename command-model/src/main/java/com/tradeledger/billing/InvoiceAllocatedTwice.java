package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A payment names each invoice it settles once, with the whole amount it allocates to it. */
public final class InvoiceAllocatedTwice extends BusinessRuleViolation {

    InvoiceAllocatedTwice(InvoiceId invoiceId) {
        super("invoice-allocated-twice", "invoice " + invoiceId + " is allocated more than once in one payment");
    }
}
