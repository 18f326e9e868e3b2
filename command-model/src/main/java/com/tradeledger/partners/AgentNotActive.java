package com.tradeledger.partners;

import com.tradeledger.shared.BusinessRuleViolation;

/** The ledger no longer works with a deactivated agent: it takes no changes and no second deactivation. */
public final class AgentNotActive extends BusinessRuleViolation {

    AgentNotActive(AgentId agentId) {
        super("agent-not-active", "agent " + agentId + " was deactivated and takes no further business");
    }
}
