package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set (or replace) a draft contract's payment terms. */
public record AgreePaymentTerms(
        @TargetAggregateIdentifier ContractId contractId,
        PaymentTerms terms,
        @TargetAggregateVersion Long expectedVersion) {}
