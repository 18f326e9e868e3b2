package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import java.util.List;

/**
 * A contract that is large, sells below the floor or passes the customer's credit is signed only once a manager
 * approved it.
 */
public final class ContractNeedsApproval extends BusinessRuleViolation {

    ContractNeedsApproval(ContractId contractId, List<ApprovalReason> reasons) {
        super("contract-needs-approval", "contract " + contractId + " needs a manager's approval first: " + reasons);
    }
}
