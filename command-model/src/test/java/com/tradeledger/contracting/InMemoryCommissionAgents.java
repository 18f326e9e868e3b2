package com.tradeledger.contracting;

import java.util.HashMap;
import java.util.Map;

/** The agents' code table as a map from code to whether the ledger still works with the agent. */
final class InMemoryCommissionAgents implements CommissionAgents {

    private final Map<AgentCode, Boolean> agents = new HashMap<>();

    InMemoryCommissionAgents active(AgentCode code) {
        agents.put(code, true);
        return this;
    }

    InMemoryCommissionAgents deactivated(AgentCode code) {
        agents.put(code, false);
        return this;
    }

    @Override
    public boolean isRegistered(AgentCode code) {
        return agents.containsKey(code);
    }

    @Override
    public boolean isActive(AgentCode code) {
        return agents.getOrDefault(code, false);
    }
}
