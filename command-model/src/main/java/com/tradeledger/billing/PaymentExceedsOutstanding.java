package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A payment settles at most what an invoice still asks for; the rest stays with the customer as credit. */
public final class PaymentExceedsOutstanding extends BusinessRuleViolation {

    PaymentExceedsOutstanding(InvoiceId invoiceId, Money applied, Money outstanding) {
        super(
                "payment-exceeds-outstanding",
                "applying " + applied + " exceeds the " + outstanding + " outstanding on invoice " + invoiceId);
    }
}
