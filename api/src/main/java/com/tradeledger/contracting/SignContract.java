package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sign the contract: stock is reserved for it and the customer's credit is checked. */
public record SignContract(
        @TargetAggregateIdentifier ContractId contractId,
        Username signedBy,
        LocalDate signedOn,
        @TargetAggregateVersion Long expectedVersion) {}
