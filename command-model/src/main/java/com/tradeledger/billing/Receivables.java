package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The customers' open invoices (应收账款) as the command side keeps them, written in the same transaction as the
 * invoice's own events, so that a payment given no allocations finds what it settles without a lagging read model.
 */
public interface Receivables {

    /** The invoice was issued and asks for {@code outstanding} by {@code dueOn}. */
    void opened(InvoiceId invoiceId, CustomerId customerId, Money outstanding, LocalDate dueOn);

    /** The invoice now asks for {@code outstanding}; at zero, or when cancelled, it is no longer open. */
    void outstanding(InvoiceId invoiceId, Money outstanding);

    /** The customer's open invoices in that currency, the oldest due first. */
    List<OpenInvoice> openInvoices(CustomerId customerId, Currency currency);
}
