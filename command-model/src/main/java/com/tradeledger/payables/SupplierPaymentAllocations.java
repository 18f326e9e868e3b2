package com.tradeledger.payables;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.shared.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a supplier payment goes: to the bills it names, each once, each the payee's, payable, in the payment's
 * currency and owing at least its part; the parts adding up to the whole payment.
 */
final class SupplierPaymentAllocations {

    private final RecordSupplierPayment payment;
    private final SupplierBills bills;

    SupplierPaymentAllocations(RecordSupplierPayment payment, SupplierBills bills) {
        this.payment = payment;
        this.bills = bills;
    }

    /** The allocations as given, once each has been checked against its bill. */
    List<SupplierPaymentAllocation> checked() {
        if (payment.allocations() == null || payment.allocations().isEmpty()) {
            throw new PaymentWithoutAllocations(payment.paymentId());
        }
        Set<SupplierBillId> allocated = new HashSet<>();
        Money total = Money.zero(payment.amount().currency());
        for (SupplierPaymentAllocation allocation : payment.allocations()) {
            check(allocation);
            if (!allocated.add(allocation.billId())) {
                throw new BillAllocatedTwice(allocation.billId());
            }
            total = total.plus(allocation.amount());
        }
        if (!total.equals(payment.amount())) {
            throw new PaymentNotFullyAllocated(payment.paymentId(), total, payment.amount());
        }
        return List.copyOf(payment.allocations());
    }

    private void check(SupplierPaymentAllocation allocation) {
        requirePresent(allocation, "allocations");
        requirePresent(allocation.billId(), "billId");
        requirePresent(allocation.amount(), "amount");
        Money amount = allocation.amount();
        AmountRules.requireIn("an allocation", amount, payment.amount().currency());
        AmountRules.requirePositiveInMinorUnits("an allocation", amount);
        SupplierBillBalance bill = payeesPayableBill(allocation.billId());
        AmountRules.requireIn("a bill's outstanding amount", bill.outstanding(), amount.currency());
        if (bill.outstanding().isLessThan(amount)) {
            throw new PaymentExceedsOutstanding(bill.billId(), amount, bill.outstanding());
        }
    }

    private SupplierBillBalance payeesPayableBill(SupplierBillId billId) {
        SupplierBillBalance bill = bills.find(billId).orElseThrow(() -> new UnknownSupplierBill(billId));
        if (!bill.supplierId().equals(payment.supplierId())) {
            throw new BillOfAnotherSupplier(billId, payment.supplierId());
        }
        if (bill.status() != SupplierBillStatus.PAYABLE) {
            throw new SupplierBillNotPayable(billId, bill.status());
        }
        return bill;
    }
}
