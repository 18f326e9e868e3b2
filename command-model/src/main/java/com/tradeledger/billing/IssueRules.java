package com.tradeledger.billing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.Money;

/** The rules an invoice obeys when it is issued: complete, in one currency, never negative, due after issue. */
final class IssueRules {

    private IssueRules() {}

    static void requireIssueDetails(IssueInvoice command) {
        requirePresent(command.invoiceId(), "invoiceId");
        requirePresent(command.kind(), "kind");
        requirePresent(command.contractId(), "contractId");
        requirePresent(command.customerId(), "customerId");
        requirePresent(command.salesperson(), "salesperson");
        requirePresent(command.currency(), "currency");
        requirePresent(command.issuedOn(), "issuedOn");
        requirePresent(command.dueOn(), "dueOn");
        if (command.kind() == InvoiceKind.SHIPMENT) {
            requirePresent(command.shipmentId(), "shipmentId");
        }
        if (command.dueOn().isBefore(command.issuedOn())) {
            throw new DueBeforeIssue(command.invoiceId(), command.issuedOn(), command.dueOn());
        }
    }

    /** The goods total: the lines' totals added, each line priced in the invoice currency. */
    static Money goodsTotal(IssueInvoice command) {
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new InvoiceWithoutLines(command.invoiceId());
        }
        Money total = Money.zero(command.currency());
        for (InvoiceLine line : command.lines()) {
            requireLine(line, command);
            total = total.plus(line.total());
        }
        return total;
    }

    /** The deposit the invoice deducts: none when not given, never negative, never more than the goods. */
    static Money depositApplied(IssueInvoice command, Money goodsTotal) {
        if (command.depositApplied() == null) {
            return Money.zero(command.currency());
        }
        Money deposit = command.depositApplied();
        requireInCurrency("the deposit applied", deposit, command);
        if (deposit.isNegative()) {
            throw new NegativeDepositApplied(command.invoiceId(), deposit);
        }
        if (goodsTotal.isLessThan(deposit)) {
            throw new DepositExceedsGoods(command.invoiceId(), deposit, goodsTotal);
        }
        return deposit;
    }

    private static void requireLine(InvoiceLine line, IssueInvoice command) {
        requirePresent(line, "lines");
        requirePresent(line.description(), "description");
        requirePresent(line.quantity(), "quantity");
        requirePresent(line.unitPrice(), "unitPrice");
        requirePresent(line.total(), "total");
        requireInCurrency("a unit price", line.unitPrice(), command);
        requireInCurrency("a line total", line.total(), command);
    }

    private static void requireInCurrency(String what, Money amount, IssueInvoice command) {
        if (!amount.isIn(command.currency())) {
            throw new CurrencyMismatch(what, amount, command.currency());
        }
    }
}
