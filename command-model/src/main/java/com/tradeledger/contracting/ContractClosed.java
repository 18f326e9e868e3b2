package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** A cancelled or completed contract is closed for good and takes no further commands. */
public final class ContractClosed extends BusinessRuleViolation {

    ContractClosed(ContractId contractId, ContractStatus status) {
        super("contract-closed", "contract " + contractId + " is " + status + " and closed");
    }
}
