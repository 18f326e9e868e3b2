package com.tradeledger.products;

import com.tradeledger.shared.SupplierId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Name the supplier a product is bought from by default, or none. */
public record ChangeDefaultSupplier(
        @TargetAggregateIdentifier ProductId productId,
        SupplierId supplier,
        @TargetAggregateVersion Long expectedVersion) {}
