package com.tradeledger.contracting;

import com.tradeledger.quoting.Quote;
import com.tradeledger.quoting.QuoteId;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Quotes read from the quote aggregates themselves, so that a contract copies the quote as its own events leave it,
 * never a read model that may lag. Runs inside the contract command's unit of work.
 */
public final class AggregateAcceptedQuotes implements AcceptedQuotes {

    private final Repository<Quote> quotes;

    public AggregateAcceptedQuotes(Repository<Quote> quotes) {
        this.quotes = quotes;
    }

    @Override
    public Optional<AcceptedQuote> find(QuoteId quoteId) {
        try {
            Quote.Offer offer = quotes.load(quoteId.toString()).invoke(Quote::offer);
            return Optional.of(new AcceptedQuote(
                    offer.quoteId(),
                    offer.status(),
                    offer.revision(),
                    offer.customerId(),
                    offer.salesperson(),
                    offer.currency(),
                    offer.deliveryTerms(),
                    offer.lines()));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }
}
