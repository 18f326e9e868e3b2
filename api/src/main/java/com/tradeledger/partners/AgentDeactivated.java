package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import org.axonframework.serialization.Revision;

/** The ledger no longer works with the agent: no new commission may name its code. */
@Revision("1")
public record AgentDeactivated(AgentId agentId, AgentCode code, String reason) {}
