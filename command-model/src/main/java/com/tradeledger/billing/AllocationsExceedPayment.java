package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A payment is allocated to invoices at most in full. */
public final class AllocationsExceedPayment extends BusinessRuleViolation {

    AllocationsExceedPayment(PaymentId paymentId, Money allocated, Money amount) {
        super(
                "allocations-exceed-payment",
                "allocations of " + allocated + " exceed payment " + paymentId + " of " + amount);
    }
}
