package com.tradeledger.partners;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import org.axonframework.serialization.Revision;

/** An agent's name, country, contact e-mail or usual commission rate changed (the whole set, as now). */
@Revision("1")
public record AgentChanged(
        AgentId agentId, String name, CountryCode country, EmailAddress email, Percentage defaultCommission) {}
