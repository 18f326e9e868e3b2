package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** Every cent paid to a supplier settles one of its bills: the allocations add up to the payment exactly. */
public final class PaymentNotFullyAllocated extends BusinessRuleViolation {

    PaymentNotFullyAllocated(SupplierPaymentId paymentId, Money allocated, Money amount) {
        super(
                "payment-not-fully-allocated",
                "allocations of " + allocated + " do not add up to supplier payment " + paymentId + " of " + amount);
    }
}
