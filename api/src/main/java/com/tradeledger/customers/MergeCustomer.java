package com.tradeledger.customers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Merge a duplicate customer into the survivor that keeps the business (合并); the duplicate is closed. */
public record MergeCustomer(
        @TargetAggregateIdentifier CustomerId duplicateId,
        CustomerId survivorId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
