package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Conclude a sales contract from an accepted quote: its lines and prices are copied as they were accepted. */
public record ConcludeContract(
        @TargetAggregateIdentifier ContractId contractId,
        QuoteId quoteId,
        Username concludedBy,
        LocalDate concludedOn) {}
