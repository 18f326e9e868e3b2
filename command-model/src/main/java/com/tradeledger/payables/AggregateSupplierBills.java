package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Supplier bills loaded from their own events in the payment command's unit of work: a payment is decided on the bill
 * as its events leave it, and the bill appends its own part of the payment.
 */
public final class AggregateSupplierBills implements SupplierBills {

    private final Repository<SupplierBill> bills;

    public AggregateSupplierBills(Repository<SupplierBill> bills) {
        this.bills = bills;
    }

    @Override
    public Optional<SupplierBillBalance> find(SupplierBillId billId) {
        try {
            return Optional.of(bills.load(billId.toString()).invoke(SupplierBill::balance));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void applyPayment(SupplierBillId billId, SupplierPaymentId paymentId, Money amount, LocalDate paidOn) {
        bills.load(billId.toString()).execute(bill -> bill.applyPayment(paymentId, amount, paidOn));
    }
}
