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
 * number, settled by payments and reduced by credit notes (红字发票), reminded (催款提醒) at rising levels while it
 * stays overdue, cancelled only while nothing was paid or credited; it keeps the commission (佣金) its collections
 * earn the contract's agent.
 */
public class Invoice {

    /** Fires at the start of each dunning day (UTC) of the policy while the invoice is still open. */
    static final String DUNNING_DEADLINE = "invoice-dunning";

    static final String INVOICE_SERIES = "INV";
    static final String CREDIT_NOTE_SERIES = "CN";

    @AggregateIdentifier
    private InvoiceId invoiceId;

    private ContractId contractId;
    private CustomerId customerId;
    private Currency currency;
    private LocalDate dueOn;
    private InvoiceStatus status;
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
        requireOpen();
        requireAmount("a payment", applied);
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

    @CommandHandler
    void credit(CreditInvoice command, DocumentNumbers numbers, Receivables receivables, DeadlineManager deadlines) {
        requirePresent(command.amount(), "amount");
        requirePresent(command.reason(), "reason");
        requirePresent(command.issuedBy(), "issuedBy");
        requirePresent(command.issuedOn(), "issuedOn");
        if (status == InvoiceStatus.CANCELLED) {
            throw new InvoiceAlreadyCancelled(invoiceId);
        }
        requireAmount("a credit note", command.amount());
        if (outstanding.isLessThan(command.amount())) {
            throw new CreditExceedsOutstanding(invoiceId, command.amount(), outstanding);
        }
        DocumentNumber number =
                numbers.next(CREDIT_NOTE_SERIES, command.issuedOn().getYear());
        Money after = outstanding.minus(command.amount());
        apply(InvoiceEvents.credited(this, number, command, after));
        commission
                .clawedBackOn(command.amount())
                .ifPresent(back -> apply(InvoiceEvents.clawedBack(this, number, command.amount(), back)));
        reducedTo(after, command.issuedOn(), receivables, deadlines);
    }

    @CommandHandler
    void cancel(CancelInvoice command, Receivables receivables, DeadlineManager deadlines) {
        requireOpen();
        if (paidOrCredited) {
            throw new InvoiceHasPayments(invoiceId);
        }
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

    private void reducedTo(Money after, LocalDate on, Receivables receivables, DeadlineManager deadlines) {
        receivables.outstanding(invoiceId, after);
        if (!after.isPositive()) {
            deadlines.cancelAllWithinScope(DUNNING_DEADLINE);
            apply(new InvoiceSettled(invoiceId, contractId, on));
        }
    }

    private void requireOpen() {
        if (status == InvoiceStatus.CANCELLED) {
            throw new InvoiceAlreadyCancelled(invoiceId);
        }
        if (status == InvoiceStatus.SETTLED) {
            throw new InvoiceAlreadySettled(invoiceId);
        }
    }

    private void requireAmount(String what, Money amount) {
        if (!amount.isIn(currency)) {
            throw new CurrencyMismatch(what, amount, currency);
        }
        if (!amount.isPositive()) {
            throw new AmountNotPositive(what, amount);
        }
    }

    private static void scheduleReminder(LocalDate dueOn, int level, DunningPolicy dunning, DeadlineManager deadlines) {
        dunning.reminderAt(dueOn, level).ifPresent(at -> deadlines.schedule(at, DUNNING_DEADLINE));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        contractId = event.contractId();
        customerId = event.customerId();
        currency = event.currency();
        dueOn = event.dueOn();
        status = InvoiceStatus.OPEN;
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
