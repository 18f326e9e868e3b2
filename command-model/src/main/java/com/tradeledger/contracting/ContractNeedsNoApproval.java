package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/**
 * A manager approves a contract that is large, sells below the floor or passes the customer's credit; a contract
 * doing none of that is signed without one.
 */
public final class ContractNeedsNoApproval extends BusinessRuleViolation {

    ContractNeedsNoApproval(ContractId contractId) {
        super(
                "approval-not-needed",
                "contract " + contractId
                        + " passes no threshold, floor price or credit limit; sign it without approval");
    }
}
