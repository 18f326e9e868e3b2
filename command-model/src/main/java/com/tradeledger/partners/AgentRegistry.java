package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;

/**
 * The command side's own table of commission agents (渠道/佣金客户), for the rules across all of them (set-wide rules
 * never ask the read model): an agent code names one agent, and a deactivated agent's code earns no new commission.
 * Writes join the command's transaction.
 */
public interface AgentRegistry {

    /** Claims the code for the agent, active; false when another agent holds it already. */
    boolean claim(AgentCode code, AgentId agentId);

    /** Marks the agent holding the code as no longer active. */
    void deactivate(AgentCode code);
}
