package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A requisition is bought once: a purchase order covers it only while it is open, not ordered nor cancelled. */
public final class NotAnOpenRequisition extends BusinessRuleViolation {

    NotAnOpenRequisition(RequisitionId requisitionId, RequisitionStatus status) {
        super("requisition-not-open", "requisition " + requisitionId + " is " + status + ", not open");
    }
}
