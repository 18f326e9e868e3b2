package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Invoices loaded from their own events in the payment command's unit of work: a payment is decided on the invoice
 * as its events leave it, and the invoice appends its own events (payment applied, commission accrued, settled).
 */
public final class AggregateInvoices implements Invoices {

    private final Repository<Invoice> invoices;
    private final Receivables receivables;
    private final DeadlineManager deadlines;

    public AggregateInvoices(Repository<Invoice> invoices, Receivables receivables, DeadlineManager deadlines) {
        this.invoices = invoices;
        this.receivables = receivables;
        this.deadlines = deadlines;
    }

    @Override
    public Optional<InvoiceBalance> balanceOf(InvoiceId invoiceId) {
        try {
            return Optional.of(invoices.load(invoiceId.toString()).invoke(Invoice::balance));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void applyPayment(InvoiceId invoiceId, PaymentId paymentId, Money applied, LocalDate paidOn) {
        invoices.load(invoiceId.toString())
                .execute(invoice -> invoice.applyPayment(paymentId, applied, paidOn, receivables, deadlines));
    }
}
