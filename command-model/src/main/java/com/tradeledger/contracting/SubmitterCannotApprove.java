package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;

/** Approval (合同审批) is a second pair of eyes: whoever submitted a contract neither approves nor rejects it. */
public final class SubmitterCannotApprove extends BusinessRuleViolation {

    SubmitterCannotApprove(ContractId contractId, Username submitter) {
        super(
                "self-approval",
                submitter + " submitted contract " + contractId + " and cannot answer it; ask another manager");
    }
}
