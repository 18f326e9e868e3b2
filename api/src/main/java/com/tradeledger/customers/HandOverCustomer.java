package com.tradeledger.customers;

import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hand a customer over to another salesperson (客户交接), saying why. */
public record HandOverCustomer(
        @TargetAggregateIdentifier CustomerId customerId,
        Username toSalesperson,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
