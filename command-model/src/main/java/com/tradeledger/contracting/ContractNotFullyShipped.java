package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/** A contract is completed once every line was shipped in full; until then goods are still owed. */
public final class ContractNotFullyShipped extends BusinessRuleViolation {

    ContractNotFullyShipped(ContractId contractId) {
        super("contract-not-fully-shipped", "contract " + contractId + " still has quantities to ship");
    }
}
