package com.tradeledger.billing;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.quoting.CustomerStandings;
import com.tradeledger.shared.ExchangeRates;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One payment received from a registered customer (回款): its amount and bank reference, what it is worth in the
 * functional currency at the rate of the day, the invoices it settles (each invoice recording its own part in the
 * same unit of work), and what it leaves over as the customer's credit.
 */
public class Payment {

    @AggregateIdentifier
    private PaymentId paymentId;

    Payment() {
        // Axon rebuilds the payment from its events through this constructor.
    }

    @CommandHandler
    Payment(RecordPayment command, Invoices invoices, Receivables receivables, CustomerStandings customers) {
        requirePaymentDetails(command);
        requireRegistered(command.customerId(), customers);
        BigDecimal rateToFunctional = ExchangeRates.checked(
                command.amount().currency(), command.functionalCurrency(), command.rateToFunctional());
        List<PaymentAllocated> allocations = new PaymentAllocations(command, invoices).planned(receivables);
        apply(new PaymentReceived(
                command.paymentId(),
                command.customerId(),
                command.amount(),
                command.bankReference(),
                command.receivedOn(),
                rateToFunctional,
                Amounts.converted(command.amount(), rateToFunctional, command.functionalCurrency()),
                command.recordedBy()));
        Money left = command.amount();
        // The invoices record their part once the payment's own events are out, so the log reads in that order.
        for (PaymentAllocated allocation : allocations) {
            apply(allocation)
                    .andThen(() -> invoices.applyPayment(
                            allocation.invoiceId(), command.paymentId(), allocation.applied(), command.receivedOn()));
            left = left.minus(allocation.amount());
        }
        if (left.isPositive()) {
            apply(new CustomerCreditRecorded(command.paymentId(), command.customerId(), left));
        }
    }

    private static void requirePaymentDetails(RecordPayment command) {
        requirePresent(command.paymentId(), "paymentId");
        requirePresent(command.customerId(), "customerId");
        requirePresent(command.amount(), "amount");
        requirePresent(command.bankReference(), "bankReference");
        requirePresent(command.receivedOn(), "receivedOn");
        requirePresent(command.functionalCurrency(), "functionalCurrency");
        requirePresent(command.recordedBy(), "recordedBy");
        if (!command.amount().isPositive()) {
            throw new AmountNotPositive("a payment", command.amount());
        }
        AmountRules.requireInMinorUnits("amount", command.amount());
    }

    /** Any customer the ledger registered may pay, whatever its standing now: a merged one still owes old invoices. */
    private static void requireRegistered(CustomerId customerId, CustomerStandings customers) {
        if (customers.standingOf(customerId).isEmpty()) {
            throw new UnknownCustomer(customerId);
        }
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        paymentId = event.paymentId();
    }
}
