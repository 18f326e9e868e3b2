package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/**
 * Goods shipped under a contract are owed for; a contract that shipped anything is completed, not cancelled (returns
 * are credited instead).
 */
public final class ContractAlreadyShipped extends BusinessRuleViolation {

    ContractAlreadyShipped(ContractId contractId) {
        super("contract-already-shipped", "contract " + contractId + " already shipped goods and cannot be cancelled");
    }
}
