package com.tradeledger.customers;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** A credit limit is the exposure the company accepts; zero means none, and below zero means nothing. */
public final class NegativeCreditLimit extends BusinessRuleViolation {

    NegativeCreditLimit(Money creditLimit) {
        super("negative-credit-limit", "a credit limit cannot be negative, but was " + creditLimit);
    }
}
