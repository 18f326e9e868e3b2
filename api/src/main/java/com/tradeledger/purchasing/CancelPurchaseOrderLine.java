package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel what is not yet received of a line. */
public record CancelPurchaseOrderLine(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        int lineNumber,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
