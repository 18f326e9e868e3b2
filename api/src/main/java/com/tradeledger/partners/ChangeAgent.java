package com.tradeledger.partners;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change an agent's name, country, contact e-mail or usual commission rate, given as a whole; its code stays. */
public record ChangeAgent(
        @TargetAggregateIdentifier AgentId agentId,
        String name,
        CountryCode country,
        EmailAddress email,
        Percentage defaultCommission,
        @TargetAggregateVersion Long expectedVersion) {}
