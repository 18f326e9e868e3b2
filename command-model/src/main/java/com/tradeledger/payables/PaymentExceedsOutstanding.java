package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A payment settles at most what a supplier bill still owes. */
public final class PaymentExceedsOutstanding extends BusinessRuleViolation {

    PaymentExceedsOutstanding(SupplierBillId billId, Money paid, Money outstanding) {
        super(
                "payment-exceeds-outstanding",
                "paying " + paid + " exceeds the " + outstanding + " outstanding on supplier bill " + billId);
    }
}
