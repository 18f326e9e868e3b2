package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The invoices a payment settles, acted on within the payment's own unit of work so that the payment and the
 * invoices it settles are recorded together or not at all.
 */
public interface Invoices {

    /** Where the invoice stands now; empty when no such invoice was issued. */
    Optional<InvoiceBalance> balanceOf(InvoiceId invoiceId);

    /** Settles {@code applied} of the invoice (in its currency) with the payment received on {@code paidOn}. */
    void applyPayment(InvoiceId invoiceId, PaymentId paymentId, Money applied, LocalDate paidOn);
}
