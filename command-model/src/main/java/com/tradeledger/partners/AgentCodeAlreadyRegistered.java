package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.BusinessRuleViolation;

/** An agent code identifies one commission agent across the ledger; a second agent cannot take it. */
public final class AgentCodeAlreadyRegistered extends BusinessRuleViolation {

    AgentCodeAlreadyRegistered(AgentCode code) {
        super("agent-code-already-registered", "agent code " + code + " is already registered to another agent");
    }
}
