package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** Freight (运输费用) and insured amounts are costs and cover: neither is less than nothing. */
public final class NegativeShippingAmount extends BusinessRuleViolation {

    NegativeShippingAmount(String field, Money amount) {
        super("negative-amount", field + " cannot be negative, but was " + amount);
    }
}
