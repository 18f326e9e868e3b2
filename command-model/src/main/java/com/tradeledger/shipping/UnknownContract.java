package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** A shipment leaves under a contract of the ledger; an id no contract was concluded under ships nothing. */
public final class UnknownContract extends BusinessRuleViolation {

    UnknownContract(ContractId contractId) {
        super("unknown-contract", "contract " + contractId + " is not a contract of the ledger");
    }
}
