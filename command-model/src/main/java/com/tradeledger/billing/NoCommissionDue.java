package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;

/** An agent is paid only commission that collections earned and that was neither clawed back nor paid yet. */
public final class NoCommissionDue extends BusinessRuleViolation {

    NoCommissionDue(InvoiceId invoiceId) {
        super("no-commission-due", "no commission is due on invoice " + invoiceId);
    }
}
