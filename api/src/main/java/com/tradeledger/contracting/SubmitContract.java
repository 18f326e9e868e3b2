package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ask for a manager's approval of a draft contract that needs one. */
public record SubmitContract(
        @TargetAggregateIdentifier ContractId contractId,
        Username submittedBy,
        @TargetAggregateVersion Long expectedVersion) {}
