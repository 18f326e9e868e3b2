package com.tradeledger.customers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a customer to another grade (客户级别), saying why. */
public record ChangeCustomerGrade(
        @TargetAggregateIdentifier CustomerId customerId,
        CustomerGrade grade,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
