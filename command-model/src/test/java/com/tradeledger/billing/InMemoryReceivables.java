package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open invoices kept in a map in the order they were opened; an invoice owing nothing is no longer open. */
final class InMemoryReceivables implements Receivables {

    private record Entry(CustomerId customerId, OpenInvoice invoice) {}

    private final Map<InvoiceId, Entry> open = new LinkedHashMap<>();

    @Override
    public void opened(InvoiceId invoiceId, CustomerId customerId, Money outstanding, LocalDate dueOn) {
        open.put(invoiceId, new Entry(customerId, new OpenInvoice(invoiceId, outstanding, dueOn)));
    }

    @Override
    public void outstanding(InvoiceId invoiceId, Money outstanding) {
        Entry entry = open.get(invoiceId);
        if (entry == null) {
            return;
        }
        if (outstanding.isPositive()) {
            OpenInvoice before = entry.invoice();
            open.put(invoiceId, new Entry(entry.customerId(), new OpenInvoice(invoiceId, outstanding, before.dueOn())));
        } else {
            open.remove(invoiceId);
        }
    }

    @Override
    public List<OpenInvoice> openInvoices(CustomerId customerId, Currency currency) {
        return open.values().stream()
                .filter(entry -> entry.customerId().equals(customerId))
                .map(Entry::invoice)
                .filter(invoice -> invoice.outstanding().isIn(currency))
                .sorted(Comparator.comparing(OpenInvoice::dueOn))
                .toList();
    }
}
