package com.tradeledger.billing;

import com.tradeledger.shared.Money;

/** The invoice's larger facts, each carrying the values true when it happened. */
final class InvoiceEvents {

    private InvoiceEvents() {}

    static InvoiceIssued issued(
            IssueInvoice command, DocumentNumber number, Money goodsTotal, Money depositApplied, Money total) {
        return new InvoiceIssued(
                command.invoiceId(),
                number,
                command.kind(),
                command.contractId(),
                command.shipmentId(),
                command.customerId(),
                command.salesperson(),
                command.currency(),
                command.lines(),
                goodsTotal,
                depositApplied,
                total,
                command.commission(),
                command.issuedOn(),
                command.dueOn());
    }

    static InvoiceCredited credited(Invoice invoice, DocumentNumber number, CreditInvoice command, Money after) {
        return new InvoiceCredited(
                invoice.invoiceId(),
                number,
                invoice.contractId(),
                invoice.customerId(),
                command.amount(),
                command.reason(),
                after,
                command.issuedBy(),
                command.issuedOn());
    }

    static CommissionAccrued accrued(Invoice invoice, PaymentId paymentId, Money collected, Money earned) {
        CommissionAccount commission = invoice.commission();
        return new CommissionAccrued(
                invoice.invoiceId(),
                invoice.contractId(),
                paymentId,
                commission.terms().agent(),
                commission.terms().rate(),
                collected,
                earned);
    }

    static CommissionClawedBack clawedBack(Invoice invoice, DocumentNumber number, Money credited, Money back) {
        CommissionAccount commission = invoice.commission();
        return new CommissionClawedBack(
                invoice.invoiceId(),
                invoice.contractId(),
                number,
                commission.terms().agent(),
                commission.terms().rate(),
                credited,
                back);
    }
}
