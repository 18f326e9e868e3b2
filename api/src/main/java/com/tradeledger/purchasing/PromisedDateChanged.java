package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The supplier moved a line's promised date. */
@Revision("1")
public record PromisedDateChanged(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        LocalDate previousDate,
        LocalDate promisedDate,
        String reason) {}
