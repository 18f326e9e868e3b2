package com.tradeledger.contracting;

import com.tradeledger.shared.BusinessRuleViolation;

/** A commission is earned by a registered agent; a code no agent was registered under earns nothing. */
public final class UnknownAgent extends BusinessRuleViolation {

    UnknownAgent(AgentCode code) {
        super("unknown-agent", "agent " + code + " is not a registered commission agent");
    }
}
