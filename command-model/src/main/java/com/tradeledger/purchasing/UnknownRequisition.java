package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;

/** A purchase order line covers requisitions (采购计划) the ledger raised; an unknown id covers nothing. */
public final class UnknownRequisition extends BusinessRuleViolation {

    UnknownRequisition(RequisitionId requisitionId) {
        super("unknown-requisition", "requisition " + requisitionId + " is not a requisition of the ledger");
    }
}
