package com.tradeledger.quoting;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Open a new revision of an issued quote for changes, optionally with a new validity date. */
public record ReviseQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        String reason,
        LocalDate validUntil,
        @TargetAggregateVersion Long expectedVersion) {}
