package com.tradeledger.customers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Close a customer for new business, saying why. */
public record DeactivateCustomer(
        @TargetAggregateIdentifier CustomerId customerId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
