package com.tradeledger.quoting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Note what the customer said about an issued quote (报价反馈). */
public record RecordQuoteFeedback(
        @TargetAggregateIdentifier QuoteId quoteId,
        String feedback,
        @TargetAggregateVersion Long expectedVersion) {}
