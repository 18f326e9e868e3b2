package com.tradeledger.customers;

import com.tradeledger.shared.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set how much open exposure the company accepts from a customer. */
public record SetCreditLimit(
        @TargetAggregateIdentifier CustomerId customerId,
        Money creditLimit,
        @TargetAggregateVersion Long expectedVersion) {}
