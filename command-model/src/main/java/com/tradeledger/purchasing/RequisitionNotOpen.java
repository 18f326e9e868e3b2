package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A requisition is ordered or cancelled once: one already covered by a purchase order belongs to that order, and a
 * cancelled one is bought by nobody.
 */
public final class RequisitionNotOpen extends BusinessRuleViolation {

    RequisitionNotOpen(RequisitionId requisitionId, RequisitionStatus status) {
        super("requisition-not-open", "requisition " + requisitionId + " is " + status + ", not OPEN");
    }
}
