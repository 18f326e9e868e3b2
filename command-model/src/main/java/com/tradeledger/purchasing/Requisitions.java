package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.Optional;

/** The purchase requisitions as a purchase order covers them, within the order's own unit of work. */
public interface Requisitions {

    /** The requisition as it stands now; empty when none was raised under this id. */
    Optional<RequisitionState> find(RequisitionId requisitionId);

    /**
     * Marks the requisition covered by a purchase order line, in the caller's unit of work.
     *
     * @throws com.tradeledger.shared.BusinessRuleViolation when it is not open
     */
    void markOrdered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine);
}
