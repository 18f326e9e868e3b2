package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** Only a contract submitted for approval, and not yet answered, is approved or sent back. */
public final class ContractNotAwaitingApproval extends BusinessRuleViolation {

    ContractNotAwaitingApproval(ContractId contractId, ContractStatus status) {
        super("contract-not-awaiting-approval", "contract " + contractId + " is " + status + ", not AWAITING_APPROVAL");
    }
}
