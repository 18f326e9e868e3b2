package com.tradeledger.payables;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.shared.ExchangeRates;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One payment made to a supplier: its amount and bank reference, what it is worth in the functional currency at the
 * rate of the day, and the supplier's payable bills it settles in full, each bill recording its own part in the same
 * unit of work.
 */
public class SupplierPayment {

    @AggregateIdentifier
    private SupplierPaymentId paymentId;

    SupplierPayment() {
        // Axon rebuilds the payment from its events through this constructor.
    }

    @CommandHandler
    SupplierPayment(RecordSupplierPayment command, SupplierBills bills) {
        requirePaymentDetails(command);
        BigDecimal rate = ExchangeRates.checked(
                command.amount().currency(), command.functionalCurrency(), command.rateToFunctional());
        List<SupplierPaymentAllocation> allocations = new SupplierPaymentAllocations(command, bills).checked();
        // The bills record their parts once the payment's own event is out, so the log reads in that order.
        apply(new SupplierPaymentMade(
                        command.paymentId(),
                        command.supplierId(),
                        command.amount(),
                        command.bankReference().strip(),
                        command.paidOn(),
                        rate,
                        converted(command.amount(), rate, command.functionalCurrency()),
                        command.recordedBy()))
                .andThen(() -> allocations.forEach(allocation -> bills.applyPayment(
                        allocation.billId(), command.paymentId(), allocation.amount(), command.paidOn())));
    }

    private static void requirePaymentDetails(RecordSupplierPayment command) {
        requirePresent(command.paymentId(), "paymentId");
        requirePresent(command.supplierId(), "supplierId");
        requirePresent(command.amount(), "amount");
        requirePresent(command.bankReference(), "bankReference");
        requirePresent(command.paidOn(), "paidOn");
        requirePresent(command.functionalCurrency(), "functionalCurrency");
        requirePresent(command.recordedBy(), "recordedBy");
        AmountRules.requirePositiveInMinorUnits("a supplier payment", command.amount());
    }

    /** The named rounding point of a payment's value: half-even to the functional currency's minor unit. */
    private static Money converted(Money amount, BigDecimal rate, Currency functional) {
        int minorUnits = Math.max(functional.getDefaultFractionDigits(), 0);
        return new Money(amount.amount().multiply(rate).setScale(minorUnits, RoundingMode.HALF_EVEN), functional);
    }

    @EventSourcingHandler
    void on(SupplierPaymentMade event) {
        paymentId = event.paymentId();
    }
}
