package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Quotes as a map: a quote absent from it was never drafted. */
final class InMemoryAcceptedQuotes implements AcceptedQuotes {

    private final Map<QuoteId, AcceptedQuote> quotes = new HashMap<>();

    InMemoryAcceptedQuotes with(AcceptedQuote quote) {
        quotes.put(quote.quoteId(), quote);
        return this;
    }

    @Override
    public Optional<AcceptedQuote> find(QuoteId quoteId) {
        return Optional.ofNullable(quotes.get(quoteId));
    }
}
