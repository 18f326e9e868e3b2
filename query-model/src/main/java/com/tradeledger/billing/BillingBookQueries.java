package com.tradeledger.billing;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about invoices and payments received from the invoice and payment books; it only reads. */
@Component
public class BillingBookQueries {

    private final InvoiceBook invoices;
    private final PaymentBook payments;

    public BillingBookQueries(InvoiceBook invoices, PaymentBook payments) {
        this.invoices = invoices;
        this.payments = payments;
    }

    @QueryHandler
    public Optional<InvoiceView> handle(FindInvoice query) {
        return invoices.find(query.invoiceId());
    }

    @QueryHandler
    public InvoicePage handle(ListInvoices query) {
        var filters = new Filters()
                .equalId("customer_id", query.customerId())
                .equalId("contract_id", query.contractId())
                .equal("status", query.status());
        return invoices.list(filters, new PageWindow(query.page(), query.size()));
    }

    @QueryHandler
    public Optional<PaymentView> handle(FindPayment query) {
        return payments.find(query.paymentId());
    }

    @QueryHandler
    public PaymentPage handle(ListPayments query) {
        var filters = new Filters().equalId("customer_id", query.customerId());
        return payments.list(filters, new PageWindow(query.page(), query.size()));
    }
}
