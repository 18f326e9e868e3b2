package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A requisition that was cancelled is cancelled for good: it cannot be cancelled again. */
public final class RequisitionAlreadyCancelled extends BusinessRuleViolation {

    RequisitionAlreadyCancelled(RequisitionId requisitionId) {
        super("requisition-already-cancelled", "requisition " + requisitionId + " is already cancelled");
    }
}
