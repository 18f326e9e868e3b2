package com.tradeledger.quoting;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about quotes and their issued revisions from the quote book; it only reads. */
@Component
public class QuoteBookQueries {

    private final QuoteBook book;

    public QuoteBookQueries(QuoteBook book) {
        this.book = book;
    }

    @QueryHandler
    public Optional<QuoteView> handle(FindQuote query) {
        return book.find(query.quoteId());
    }

    @QueryHandler
    public QuotePage handle(ListQuotes query) {
        var filters = new Filters()
                .equalId("customer_id", query.customerId())
                .equal("salesperson", query.salesperson())
                .equal("status", query.status());
        return book.list(filters, new PageWindow(query.page(), query.size()));
    }

    /** The revision as it was issued; none when the quote is unknown or that revision was never issued. */
    @QueryHandler
    public Optional<IssuedRevisionView> handle(FindQuoteRevision query) {
        return book.findRevision(query.quoteId(), query.revision());
    }
}
