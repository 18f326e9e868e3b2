package com.tradeledger.products;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give a product a new name. */
public record RenameProduct(
        @TargetAggregateIdentifier ProductId productId,
        String name,
        @TargetAggregateVersion Long expectedVersion) {}
