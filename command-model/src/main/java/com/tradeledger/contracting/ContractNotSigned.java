package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** Goods are shipped, and a contract completed, only under a signed contract. */
public final class ContractNotSigned extends BusinessRuleViolation {

    ContractNotSigned(ContractId contractId, ContractStatus status) {
        super("contract-not-signed", "contract " + contractId + " is " + status + ", not SIGNED");
    }
}
