package com.tradeledger.products;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop selling a product, saying why; its history stays. */
public record DiscontinueProduct(
        @TargetAggregateIdentifier ProductId productId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
