package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a signed contract whose every line was shipped and every invoice paid (sent by the billing process). */
public record CompleteContract(@TargetAggregateIdentifier ContractId contractId, LocalDate completedOn) {}
