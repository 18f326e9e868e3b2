package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ACME;
import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.FOB_NINGBO;
import static com.tradeledger.contracting.Contracts.QUOTE;
import static com.tradeledger.contracting.Contracts.USD;
import static com.tradeledger.contracting.Contracts.quoteLine;
import static com.tradeledger.contracting.Contracts.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.quoting.Quote;
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteLineAdded;
import com.tradeledger.quoting.QuoteStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quotes as the quote aggregate's own events leave them. */
class AggregateAcceptedQuotesTest {

    private static final LocalDate VALID_UNTIL = LocalDate.of(2026, 6, 30);

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final AcceptedQuotes quotes = new AggregateAcceptedQuotes(aggregates.repositoryOf(Quote.class));

    @BeforeEach
    void theQuoteIsIssued() {
        aggregates.given(
                Quote.class,
                QUOTE,
                new QuoteDrafted(QUOTE, ACME, ALICE, CustomerGrade.B, USD, FOB_NINGBO, VALID_UNTIL),
                new QuoteLineAdded(QUOTE, 1, quoteLine(1)),
                new QuoteLineAdded(QUOTE, 1, quoteLine(2)),
                new QuoteIssued(
                        QUOTE,
                        1,
                        List.of(quoteLine(1), quoteLine(2)),
                        usd("2454.00"),
                        FOB_NINGBO,
                        LocalDate.of(2026, 6, 2),
                        VALID_UNTIL));
    }

    @Test
    void reads_an_accepted_quotes_revision_customer_and_lines() {
        aggregates.given(Quote.class, QUOTE, new QuoteAccepted(QUOTE, 1, usd("2454.00"), LocalDate.of(2026, 6, 10)));

        assertThat(find(QUOTE))
                .contains(new AcceptedQuote(
                        QUOTE,
                        QuoteStatus.ACCEPTED,
                        1,
                        ACME,
                        ALICE,
                        USD,
                        FOB_NINGBO,
                        List.of(quoteLine(1), quoteLine(2))));
    }

    @Test
    void reads_a_quote_not_yet_accepted_as_such() {
        assertThat(find(QUOTE)).map(AcceptedQuote::isAccepted).contains(false);
    }

    @Test
    void knows_no_quote_never_drafted() {
        assertThat(find(QuoteId.of("0d000000-0000-4000-8000-0000000000ff"))).isEmpty();
    }

    private Optional<AcceptedQuote> find(QuoteId quoteId) {
        return aggregates.inUnitOfWork(() -> quotes.find(quoteId));
    }
}
