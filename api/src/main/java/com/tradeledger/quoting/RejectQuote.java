package com.tradeledger.quoting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the customer turned the quote down, and why. */
public record RejectQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
