package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** What the ledger pays a supplier per unit is more than nothing, in an offer's price break or on an order line. */
public final class PurchasePriceNotPositive extends BusinessRuleViolation {

    PurchasePriceNotPositive(Money price) {
        super("price-not-positive", "purchase price " + price + " must be greater than zero");
    }
}
