package com.tradeledger.billing;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.ExchangeRates;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a payment goes: to the invoices it names, each of the payer's, open, and owed at least what the allocation
 * settles at its rate; or, when it names none, to the payer's open invoices in its currency, oldest due first, each
 * up to what it still asks for. Never more than the payment.
 */
final class PaymentAllocations {

    private final RecordPayment payment;
    private final Invoices invoices;

    PaymentAllocations(RecordPayment payment, Invoices invoices) {
        this.payment = payment;
        this.invoices = invoices;
    }

    List<PaymentAllocated> planned(Receivables receivables) {
        return payment.allocations() == null || payment.allocations().isEmpty()
                ? oldestDueFirst(receivables)
                : asGiven();
    }

    private List<PaymentAllocated> asGiven() {
        List<PaymentAllocated> planned = new ArrayList<>();
        Set<InvoiceId> allocated = new HashSet<>();
        Money total = Money.zero(payment.amount().currency());
        for (PaymentAllocation allocation : payment.allocations()) {
            PaymentAllocated checked = checked(allocation);
            if (!allocated.add(checked.invoiceId())) {
                throw new InvoiceAllocatedTwice(checked.invoiceId());
            }
            total = total.plus(checked.amount());
            planned.add(checked);
        }
        if (payment.amount().isLessThan(total)) {
            throw new AllocationsExceedPayment(payment.paymentId(), total, payment.amount());
        }
        return planned;
    }

    private PaymentAllocated checked(PaymentAllocation allocation) {
        requirePresent(allocation, "allocations");
        requirePresent(allocation.invoiceId(), "invoiceId");
        requirePresent(allocation.amount(), "amount");
        Money amount = allocation.amount();
        if (!amount.isIn(payment.amount().currency())) {
            throw new CurrencyMismatch("an allocation", amount, payment.amount().currency());
        }
        if (!amount.isPositive()) {
            throw new AmountNotPositive("an allocation", amount);
        }
        AmountRules.requireInMinorUnits("allocations.amount", amount);
        InvoiceBalance invoice = payersOpenInvoice(allocation.invoiceId());
        BigDecimal rate = ExchangeRates.checked(amount.currency(), invoice.currency(), allocation.rate());
        Money applied = Amounts.converted(amount, rate, invoice.currency());
        if (invoice.outstanding().isLessThan(applied)) {
            throw new PaymentExceedsOutstanding(invoice.invoiceId(), applied, invoice.outstanding());
        }
        return new PaymentAllocated(payment.paymentId(), invoice.invoiceId(), amount, rate, applied);
    }

    private InvoiceBalance payersOpenInvoice(InvoiceId invoiceId) {
        InvoiceBalance invoice = invoices.balanceOf(invoiceId).orElseThrow(() -> new UnknownInvoice(invoiceId));
        if (!invoice.customerId().equals(payment.customerId())) {
            throw new InvoiceOfAnotherCustomer(invoiceId, payment.customerId());
        }
        if (invoice.status() == InvoiceStatus.CANCELLED) {
            throw new InvoiceAlreadyCancelled(invoiceId);
        }
        if (invoice.status() == InvoiceStatus.SETTLED) {
            throw new InvoiceAlreadySettled(invoiceId);
        }
        return invoice;
    }

    private List<PaymentAllocated> oldestDueFirst(Receivables receivables) {
        List<PaymentAllocated> planned = new ArrayList<>();
        Money left = payment.amount();
        for (OpenInvoice open : receivables.openInvoices(payment.customerId(), left.currency())) {
            if (!left.isPositive()) {
                break;
            }
            Money owed = invoices.balanceOf(open.invoiceId())
                    .filter(invoice -> invoice.status() == InvoiceStatus.OPEN
                            && invoice.customerId().equals(payment.customerId())
                            && invoice.currency().equals(payment.amount().currency()))
                    .map(InvoiceBalance::outstanding)
                    .orElse(Money.zero(left.currency()));
            Money share = Amounts.smaller(left, owed);
            if (share.isPositive()) {
                planned.add(new PaymentAllocated(payment.paymentId(), open.invoiceId(), share, BigDecimal.ONE, share));
                left = left.minus(share);
            }
        }
        return planned;
    }
}
