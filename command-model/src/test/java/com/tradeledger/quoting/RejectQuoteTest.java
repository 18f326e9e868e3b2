package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.expired;
import static com.tradeledger.quoting.Quotes.issue;
import static com.tradeledger.quoting.Quotes.rejected;
import static com.tradeledger.quoting.Quotes.then;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RejectQuoteTest {

    private static final String REASON = "price too high";

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void records_the_rejection_of_the_issued_revision_and_its_reason() {
        fixture.given(anIssuedQuote())
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectEvents(rejected());
    }

    @Test
    void cancels_the_expiry() {
        fixture.given(aDraftWithOneLine())
                .andGivenCommands(issue())
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectEvents(rejected())
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_a_rejection_without_a_reason() {
        fixture.given(anIssuedQuote())
                .when(new RejectQuote(QUOTE, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_a_quote_never_issued() {
        fixture.given(aDraftWithOneLine())
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_an_expired_quote() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectException(QuoteNotIssued.class)
                .expectExceptionMessage("quote " + QUOTE + " is EXPIRED, not ISSUED")
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_a_quote_twice() {
        fixture.given(then(anIssuedQuote(), rejected()))
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(new RejectQuote(QUOTE, REASON, null))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
