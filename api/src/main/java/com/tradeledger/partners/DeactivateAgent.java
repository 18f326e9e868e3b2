package com.tradeledger.partners;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop working with an agent: no new commission names it; commissions already agreed stay as they are. */
public record DeactivateAgent(
        @TargetAggregateIdentifier AgentId agentId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
