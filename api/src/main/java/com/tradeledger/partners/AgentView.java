package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import java.time.Instant;

/**
 * A commission agent or business partner (渠道/佣金客户) as it now stands: code, name, country, contact e-mail, usual
 * commission rate, and whether the ledger still works with it (and why not). {@code version} is the sequence number
 * of its last event.
 */
public record AgentView(
        AgentId id,
        AgentCode code,
        String name,
        CountryCode country,
        EmailAddress email,
        Percentage defaultCommission,
        boolean active,
        String deactivationReason,
        long version,
        Instant registeredAt,
        Instant changedAt) {}
