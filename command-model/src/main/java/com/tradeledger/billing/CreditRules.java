package com.tradeledger.billing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.Money;

/**
 * The rules a credit note (红字发票) obeys: complete, in the invoice's currency, above zero, in whole minor units, and
 * with the earlier credit notes never more than the invoice's total.
 */
final class CreditRules {

    private CreditRules() {}

    static void requireCreditDetails(CreditInvoice command) {
        requirePresent(command.amount(), "amount");
        requirePresent(command.reason(), "reason");
        requirePresent(command.issuedBy(), "issuedBy");
        requirePresent(command.issuedOn(), "issuedOn");
    }

    /** Refuses a credit above {@code creditable}: the invoice's total less what earlier credit notes took back. */
    static void requireWithinInvoice(InvoiceId invoiceId, Money credit, Money creditable) {
        AmountRules.requireInMinorUnits("amount", credit);
        if (creditable.isLessThan(credit)) {
            throw new CreditExceedsInvoice(invoiceId, credit, creditable);
        }
    }
}
