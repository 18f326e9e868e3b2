package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** A contract's lines are the accepted quote's lines; a number among none of them names nothing. */
public final class UnknownContractLine extends BusinessRuleViolation {

    UnknownContractLine(ContractId contractId, int lineNumber) {
        super("unknown-contract-line", "contract " + contractId + " has no line " + lineNumber);
    }
}
