package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import java.util.Currency;

/** Where a supplier bill stands as a payment sees it: whose it is, its status, and what it still owes. */
public record SupplierBillBalance(
        SupplierBillId billId, SupplierId supplierId, SupplierBillStatus status, Money outstanding) {

    public Currency currency() {
        return outstanding.currency();
    }
}
