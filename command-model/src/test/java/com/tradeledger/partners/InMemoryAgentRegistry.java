package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The agents' code table as a map from code to the agent holding it, and the codes of agents deactivated. */
final class InMemoryAgentRegistry implements AgentRegistry {

    private final Map<AgentCode, AgentId> holders = new HashMap<>();
    private final Set<AgentCode> deactivated = new HashSet<>();

    @Override
    public boolean claim(AgentCode code, AgentId agentId) {
        return holders.putIfAbsent(code, agentId) == null;
    }

    @Override
    public void deactivate(AgentCode code) {
        deactivated.add(code);
    }

    Optional<AgentId> holderOf(AgentCode code) {
        return Optional.ofNullable(holders.get(code));
    }

    boolean isDeactivated(AgentCode code) {
        return deactivated.contains(code);
    }
}
