package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;

/** A deactivated agent earns no new commission; the commissions agreed before it was deactivated stand. */
public final class CommissionAgentNotActive extends BusinessRuleViolation {

    CommissionAgentNotActive(AgentCode code) {
        super("agent-not-active", "agent " + code + " was deactivated and earns no new commission");
    }
}
