package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A purchase requisition (采购计划) as it now stands: the contract line it serves, what it buys and by when, where it
 * stands, and the purchase order line covering it once ordered (or why it was cancelled). {@code filled} is what
 * receipts reserved for its contract line so far, less what went back to the supplier; {@code stillNeeded} is the
 * quantity less what is filled, never below zero, and zero once cancelled (base unit).
 */
public record RequisitionView(
        RequisitionId id,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal filled,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal stillNeeded,
        UnitOfMeasure baseUnit,
        LocalDate dateNeeded,
        RequisitionKind kind,
        ProductId forProduct,
        RequisitionStatus status,
        PurchaseOrderId purchaseOrderId,
        Integer purchaseOrderLine,
        String cancellationReason,
        long version,
        Instant raisedAt,
        Instant changedAt) {}
