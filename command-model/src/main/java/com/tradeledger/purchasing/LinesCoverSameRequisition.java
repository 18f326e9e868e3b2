package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A requisition is covered by one purchase order line only, so that it is bought once and its risk told once. */
public final class LinesCoverSameRequisition extends BusinessRuleViolation {

    LinesCoverSameRequisition(RequisitionId requisitionId) {
        super("requisition-covered-twice", "requisition " + requisitionId + " is covered by more than one line");
    }
}
