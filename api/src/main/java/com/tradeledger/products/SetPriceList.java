package com.tradeledger.products;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set a product's prices in one currency, replacing that currency's earlier list (订价). */
public record SetPriceList(
        @TargetAggregateIdentifier ProductId productId,
        PriceList priceList,
        @TargetAggregateVersion Long expectedVersion) {}
