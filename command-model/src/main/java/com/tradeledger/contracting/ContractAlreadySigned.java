package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** A contract is signed once; its signature reserved its stock and started its billing. */
public final class ContractAlreadySigned extends BusinessRuleViolation {

    ContractAlreadySigned(ContractId contractId) {
        super("contract-already-signed", "contract " + contractId + " is already signed");
    }
}
