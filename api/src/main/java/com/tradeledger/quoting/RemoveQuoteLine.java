package com.tradeledger.quoting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Take a line off a draft quote. */
public record RemoveQuoteLine(
        @TargetAggregateIdentifier QuoteId quoteId,
        int lineNumber,
        @TargetAggregateVersion Long expectedVersion) {}
