package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A purchase order covers requisitions the planning process raised; one never raised cannot be covered. */
public final class RequisitionUnknown extends BusinessRuleViolation {

    RequisitionUnknown(RequisitionId requisitionId) {
        super("unknown-requisition", "no requisition " + requisitionId + " was raised");
    }
}
