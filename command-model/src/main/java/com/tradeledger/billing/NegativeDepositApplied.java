package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A deposit already invoiced is deducted from a later invoice, never added to it. */
public final class NegativeDepositApplied extends BusinessRuleViolation {

    NegativeDepositApplied(InvoiceId invoiceId, Money depositApplied) {
        super("negative-deposit-applied", "invoice " + invoiceId + " cannot apply a deposit of " + depositApplied);
    }
}
