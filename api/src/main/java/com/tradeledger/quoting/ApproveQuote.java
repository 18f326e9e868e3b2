package com.tradeledger.quoting;

import com.tradeledger.shared.Username;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A manager allows a draft quote with below-floor prices or large discounts to be issued. */
public record ApproveQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        Username approvedBy,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
