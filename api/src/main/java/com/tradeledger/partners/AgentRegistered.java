package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import org.axonframework.serialization.Revision;

/** A commission agent or business partner (渠道/佣金客户) was registered under its code. */
@Revision("1")
public record AgentRegistered(
        AgentId agentId,
        AgentCode code,
        String name,
        CountryCode country,
        EmailAddress email,
        Percentage defaultCommission) {}
