package com.tradeledger.purchasing;

import com.tradeledger.shared.SupplierId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop buying from a supplier; its open orders stay as they are. */
public record DeactivateSupplier(
        @TargetAggregateIdentifier SupplierId supplierId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
