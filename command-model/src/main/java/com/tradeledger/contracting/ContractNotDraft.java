package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ContractId;

/**
 * Payment terms, delivery dates and commission are agreed while the contract is a draft; once submitted, approved or
 * signed it stays as the approver and the customer saw it.
 */
public final class ContractNotDraft extends BusinessRuleViolation {

    ContractNotDraft(ContractId contractId, ContractStatus status) {
        super("contract-not-draft", "contract " + contractId + " is " + status + ", not DRAFT");
    }
}
