package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;

/** A rule of the purchase order broken by a receipt or a return, as the fake orders refuse it. */
final class OrderRefusal extends BusinessRuleViolation {

    OrderRefusal(String code, String message) {
        super(code, message);
    }
}
