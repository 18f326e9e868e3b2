package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a commission agent or business partner (渠道/佣金客户) under a unique code, with a contact e-mail and the
 * commission rate it usually earns, both optional.
 */
public record RegisterAgent(
        @TargetAggregateIdentifier AgentId agentId,
        AgentCode code,
        String name,
        CountryCode country,
        EmailAddress email,
        Percentage defaultCommission) {}
