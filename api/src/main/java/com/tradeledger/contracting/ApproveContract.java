package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A manager other than the submitter approves a contract awaiting approval. */
public record ApproveContract(
        @TargetAggregateIdentifier ContractId contractId,
        Username approvedBy,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
