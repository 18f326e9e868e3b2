package com.tradeledger.quoting;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record that the customer accepted the issued quote. */
public record AcceptQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        LocalDate acceptedOn,
        @TargetAggregateVersion Long expectedVersion) {}
