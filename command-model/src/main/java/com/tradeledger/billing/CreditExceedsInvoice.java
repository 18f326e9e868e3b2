package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** Credit notes on an invoice take back at most its total, all of them together. */
public final class CreditExceedsInvoice extends BusinessRuleViolation {

    CreditExceedsInvoice(InvoiceId invoiceId, Money credit, Money creditable) {
        super(
                "credit-exceeds-invoice",
                "a credit of " + credit + " exceeds the " + creditable + " of invoice " + invoiceId
                        + " not yet credited");
    }
}
