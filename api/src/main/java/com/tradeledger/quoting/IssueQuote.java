package com.tradeledger.quoting;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Send the current revision of a quote to the customer. */
public record IssueQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        LocalDate issuedOn,
        @TargetAggregateVersion Long expectedVersion) {}
