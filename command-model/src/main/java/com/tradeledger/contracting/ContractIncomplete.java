package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;
import java.util.List;

/**
 * A contract is submitted and signed only once it says how it is paid and when every line is delivered: billing and
 * purchasing follow from those facts.
 */
public final class ContractIncomplete extends BusinessRuleViolation {

    ContractIncomplete(ContractId contractId, List<String> missing) {
        super("contract-incomplete", "contract " + contractId + " is missing " + String.join(", ", missing));
    }
}
