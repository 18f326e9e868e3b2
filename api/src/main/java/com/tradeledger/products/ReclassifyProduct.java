package com.tradeledger.products;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Put a product in another category and/or under another HS tariff code. */
public record ReclassifyProduct(
        @TargetAggregateIdentifier ProductId productId,
        String category,
        HsCode hsCode,
        @TargetAggregateVersion Long expectedVersion) {}
