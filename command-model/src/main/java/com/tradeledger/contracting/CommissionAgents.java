package com.tradeledger.contracting;

/**
 * The commission agents (渠道/佣金客户) the ledger has registered, as a contract's commission needs to know them: a
 * commission is earned only by an agent the ledger knows and still works with.
 */
public interface CommissionAgents {

    /** Whether an agent was ever registered under the code, active or not. */
    boolean isRegistered(AgentCode code);

    /** Whether an agent is registered under the code and the ledger still works with it. */
    boolean isActive(AgentCode code);
}
