package com.tradeledger.billing;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One invoice (发票) to a customer, for a contract's deposit or for one shipment: issued under a gap-free yearly
 * number, settled by payments and corrected by credit notes (红字发票) up to its total, what they take back beyond the
 * outstanding amount being owed back to the customer; reminded (催款提醒) at rising levels while it stays overdue; a
 * deposit invoice alone can be cancelled, and only while nothing was paid or credited. It keeps the commission (佣金)
 * its collections earn the contract's agent.
 */
public class Invoice {

    /** Fires at the start of each dunning day (UTC) of the policy while the invoice is still open. */
    static final String DUNNING_DEADLINE = "invoice-dunning";

    static final String INVOICE_SERIES = "INV";
    static final String CREDIT_NOTE_SERIES = "CN";

    @AggregateIdentifier
    private InvoiceId invoiceId;

    private InvoiceKind kind;
    private ContractId contractId;
    private CustomerId customerId;
    private Currency currency;
    private LocalDate dueOn;
    private InvoiceStatus status;
    private Money total;
    private Money credited;
    private Money outstanding;
    private boolean paidOrCredited;
    private int dunningLevel;
    private CommissionAccount commission;

    Invoice() {
        // Axon rebuilds the invoice from its events through this constructor.
    }

    @CommandHandler
    Invoice(
            IssueInvoice command,
            DocumentNumbers numbers,
            Receivables receivables,
            DunningPolicy dunning,
            DeadlineManager deadlines) {
        IssueRules.requireIssueDetails(command);
        Money goodsTotal = IssueRules.goodsTotal(command);
        Money depositApplied = IssueRules.depositApplied(command, goodsTotal);
        Money total = goodsTotal.minus(depositApplied);
        DocumentNumber number = numbers.next(INVOICE_SERIES, command.issuedOn().getYear());
        apply(InvoiceEvents.issued(command, number, goodsTotal, depositApplied, total));
        if (total.isPositive()) {
            receivables.opened(command.invoiceId(), command.customerId(), total, command.dueOn());
            scheduleReminder(command.dueOn(), 1, dunning, deadlines);
        } else {
            apply(new InvoiceSettled(command.invoiceId(), command.contractId(), command.issuedOn()));
        }
    }

    /**
     * Settles {@code applied} of what the invoice asks for with a payment received on {@code paidOn}, accrues the
     * agent's commission on it, and settles the invoice when nothing is owed any more. Called by the payment's
     * command handler, in its unit of work.
     */
    public void applyPayment(
            PaymentId paymentId, Money applied, LocalDate paidOn, Receivables receivables, DeadlineManager deadlines) {
        InvoiceRules.requireOpen(invoiceId, status);
        InvoiceRules.requireAmount("a payment", applied, currency);
        AmountRules.requireInMinorUnits("applied", applied);
        if (outstanding.isLessThan(applied)) {
            throw new PaymentExceedsOutstanding(invoiceId, applied, outstanding);
        }
        Money after = outstanding.minus(applied);
        apply(new InvoicePaymentApplied(invoiceId, paymentId, contractId, customerId, applied, after, paidOn));
        commission
                .earnedOn(applied)
                .ifPresent(earned -> apply(InvoiceEvents.accrued(this, paymentId, applied, earned)));
        reducedTo(after, paidOn, receivables, deadlines);
    }

    /** A credit note first reduces what is outstanding; what it takes back beyond that is owed to the customer. */
    @CommandHandler
    void credit(CreditInvoice command, DocumentNumbers numbers, Receivables receivables, DeadlineManager deadlines) {
        CreditRules.requireCreditDetails(command);
        if (status == InvoiceStatus.CANCELLED) {
            throw new InvoiceAlreadyCancelled(invoiceId);
        }
        InvoiceRules.requireAmount("a credit note", command.amount(), currency);
        CreditRules.requireWithinInvoice(invoiceId, command.amount(), total.minus(credited));
        boolean open = status == InvoiceStatus.OPEN;
        CreditSplit split = CreditSplit.of(command.amount(), outstanding);
        DocumentNumber number =
                numbers.next(CREDIT_NOTE_SERIES, command.issuedOn().getYear());
        Money after = outstanding.minus(split.offOutstanding());
        apply(InvoiceEvents.credited(this, number, command, after));
        if (split.refund().isPositive()) {
            refundDue(number, split.refund());
        }
        if (open) {
            reducedTo(after, command.issuedOn(), receivables, deadlines);
        }
    }

    @CommandHandler
    void cancel(CancelInvoice command, Receivables receivables, DeadlineManager deadlines) {
        InvoiceRules.requireCancellable(invoiceId, kind, status, paidOrCredited);
        requirePresent(command.reason(), "reason");
        deadlines.cancelAllWithinScope(DUNNING_DEADLINE);
        apply(new InvoiceCancelled(invoiceId, contractId, customerId, command.reason()));
        receivables.outstanding(invoiceId, Money.zero(currency));
    }

    @CommandHandler
    void payCommission(PayCommission command) {
        requirePresent(command.reference(), "reference");
        requirePresent(command.paidOn(), "paidOn");
        Money due = commission.due();
        if (!due.isPositive()) {
            throw new NoCommissionDue(invoiceId);
        }
        apply(new CommissionPaid(
                invoiceId, contractId, commission.terms().agent(), due, command.reference(), command.paidOn()));
    }

    /** The deadline carries no payload: the level and the days overdue follow from the policy and the history. */
    @DeadlineHandler(deadlineName = DUNNING_DEADLINE)
    void remind(DeadlineMessage<?> deadline, DunningPolicy dunning, DeadlineManager deadlines) {
        if (status != InvoiceStatus.OPEN) {
            return;
        }
        int level = dunningLevel + 1;
        dunning.daysOverdueAt(level).ifPresent(days -> {
            apply(new DunningReminderIssued(invoiceId, customerId, level, days, outstanding, dueOn.plusDays(days)));
            scheduleReminder(dueOn, level + 1, dunning, deadlines);
        });
    }

    InvoiceBalance balance() {
        return new InvoiceBalance(invoiceId, customerId, currency, status, outstanding);
    }

    InvoiceId invoiceId() {
        return invoiceId;
    }

    ContractId contractId() {
        return contractId;
    }

    CustomerId customerId() {
        return customerId;
    }

    CommissionAccount commission() {
        return commission;
    }

    /** The part of a credit note already paid is owed back, and takes back the commission that payment earned. */
    private void refundDue(DocumentNumber number, Money refund) {
        apply(new CustomerRefundDue(invoiceId, customerId, number, refund));
        commission.clawedBackOn(refund).ifPresent(back -> apply(InvoiceEvents.clawedBack(this, number, refund, back)));
    }

    private void reducedTo(Money after, LocalDate on, Receivables receivables, DeadlineManager deadlines) {
        receivables.outstanding(invoiceId, after);
        if (!after.isPositive()) {
            deadlines.cancelAllWithinScope(DUNNING_DEADLINE);
            apply(new InvoiceSettled(invoiceId, contractId, on));
        }
    }

    private static void scheduleReminder(LocalDate dueOn, int level, DunningPolicy dunning, DeadlineManager deadlines) {
        dunning.reminderAt(dueOn, level).ifPresent(at -> deadlines.schedule(at, DUNNING_DEADLINE));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        kind = event.kind();
        contractId = event.contractId();
        customerId = event.customerId();
        currency = event.currency();
        dueOn = event.dueOn();
        status = InvoiceStatus.OPEN;
        total = event.total();
        credited = Money.zero(event.currency());
        outstanding = event.total();
        commission = CommissionAccount.opened(event.commission(), event.currency());
    }

    @EventSourcingHandler
    void on(InvoicePaymentApplied event) {
        outstanding = event.outstandingAfter();
        paidOrCredited = true;
    }

    @EventSourcingHandler
    void on(InvoiceCredited event) {
        credited = credited.plus(event.amount());
        outstanding = event.outstandingAfter();
        paidOrCredited = true;
    }

    @EventSourcingHandler
    void on(CommissionAccrued event) {
        commission = commission.accruing(event.commission());
    }

    @EventSourcingHandler
    void on(CommissionClawedBack event) {
        commission = commission.clawingBack(event.commission());
    }

    @EventSourcingHandler
    void on(CommissionPaid event) {
        commission = commission.paying(event.amount());
    }

    @EventSourcingHandler
    void on(DunningReminderIssued event) {
        dunningLevel = event.level();
    }

    @EventSourcingHandler
    void on(InvoiceSettled event) {
        status = InvoiceStatus.SETTLED;
    }

    @EventSourcingHandler
    void on(InvoiceCancelled event) {
        status = InvoiceStatus.CANCELLED;
    }
}
