package com.tradeledger.payables;

import com.tradeledger.shared.Money;

/** Part of a supplier payment applied to one bill, in the payment's currency (which must be the bill's). */
public record SupplierPaymentAllocation(SupplierBillId billId, Money amount) {}
