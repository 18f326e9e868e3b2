package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A requisition as a purchase order reads it: what it needs, for which contract line, by when, and whether open. */
public record RequisitionState(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        BigDecimal quantity,
        LocalDate dateNeeded,
        RequisitionStatus status) {}
