package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A credit note takes back at most what the invoice still asks for; money already paid is refunded otherwise. */
public final class CreditExceedsOutstanding extends BusinessRuleViolation {

    CreditExceedsOutstanding(InvoiceId invoiceId, Money credit, Money outstanding) {
        super(
                "credit-exceeds-outstanding",
                "a credit of " + credit + " exceeds the " + outstanding + " outstanding on invoice " + invoiceId);
    }
}
