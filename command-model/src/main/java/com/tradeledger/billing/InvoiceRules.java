package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.util.Currency;

/**
 * The rules an issued invoice obeys when money moves against it or it is cancelled: it is still open, the amount is
 * in its currency and above zero, and only an untouched deposit invoice is cancelled.
 */
final class InvoiceRules {

    private InvoiceRules() {}

    static void requireOpen(InvoiceId invoiceId, InvoiceStatus status) {
        if (status == InvoiceStatus.CANCELLED) {
            throw new InvoiceAlreadyCancelled(invoiceId);
        }
        if (status == InvoiceStatus.SETTLED) {
            throw new InvoiceAlreadySettled(invoiceId);
        }
    }

    static void requireAmount(String what, Money amount, Currency currency) {
        if (!amount.isIn(currency)) {
            throw new CurrencyMismatch(what, amount, currency);
        }
        if (!amount.isPositive()) {
            throw new AmountNotPositive(what, amount);
        }
    }

    /** A deposit invoice, open, nothing paid or credited on it: shipment invoices are corrected by credit notes. */
    static void requireCancellable(InvoiceId invoiceId, InvoiceKind kind, InvoiceStatus status, boolean touched) {
        if (kind != InvoiceKind.DEPOSIT) {
            throw new InvoiceNotCancellable(invoiceId, kind);
        }
        requireOpen(invoiceId, status);
        if (touched) {
            throw new InvoiceHasPayments(invoiceId);
        }
    }
}
