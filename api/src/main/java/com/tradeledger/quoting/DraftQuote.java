package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a quote for a customer in a currency, on delivery terms, valid until a date. */
public record DraftQuote(
        @TargetAggregateIdentifier QuoteId quoteId,
        CustomerId customerId,
        Currency currency,
        DeliveryTerms deliveryTerms,
        LocalDate validUntil) {}
