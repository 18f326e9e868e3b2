package com.tradeledger.partners;

/** Ask for one commission agent (渠道/佣金客户) as it now stands; answered with an {@link AgentView}, or none. */
public record FindAgent(AgentId agentId) {}
