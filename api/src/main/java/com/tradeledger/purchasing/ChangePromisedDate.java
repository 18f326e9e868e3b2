package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The supplier moved the promised date of a line. */
public record ChangePromisedDate(
        @TargetAggregateIdentifier PurchaseOrderId purchaseOrderId,
        int lineNumber,
        LocalDate promisedDate,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
