package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The supplier confirmed the order with these promised dates (lines not named keep theirs). */
public record ConfirmPurchaseOrder(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        List<PromisedDate> promisedDates,
        @TargetAggregateVersion Long expectedVersion) {}
