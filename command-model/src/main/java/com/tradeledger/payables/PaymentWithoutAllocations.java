package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier payment says which bills it settles; the ledger keeps no advance to a supplier. */
public final class PaymentWithoutAllocations extends BusinessRuleViolation {

    PaymentWithoutAllocations(SupplierPaymentId paymentId) {
        super("payment-without-allocations", "supplier payment " + paymentId + " is allocated to no bill");
    }
}
