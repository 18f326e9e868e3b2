package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A manager other than the submitter sends a contract awaiting approval back to draft, saying why. */
public record RejectContract(
        @TargetAggregateIdentifier ContractId contractId,
        Username rejectedBy,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
