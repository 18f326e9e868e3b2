package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A requisition as a purchase order and a goods receipt read it: what it needs, for which contract line, by when,
 * where it stands, how much of it receipts filled so far, and the order line covering it now (null while open).
 */
public record RequisitionState(
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        ProductId productId,
        BigDecimal quantity,
        LocalDate dateNeeded,
        RequisitionStatus status,
        BigDecimal filled,
        PurchaseOrderId purchaseOrderId,
        Integer purchaseOrderLine) {

    /** What an order still has to bring for it: its quantity less what receipts filled, never below zero. */
    public BigDecimal stillNeeded() {
        return quantity.subtract(filled).max(BigDecimal.ZERO);
    }
}
