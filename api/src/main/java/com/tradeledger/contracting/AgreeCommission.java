package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Name the commission agent of a draft contract and the rate it earns (a rate of 0 ends it). */
public record AgreeCommission(
        @TargetAggregateIdentifier ContractId contractId,
        CommissionTerms commission,
        @TargetAggregateVersion Long expectedVersion) {}
