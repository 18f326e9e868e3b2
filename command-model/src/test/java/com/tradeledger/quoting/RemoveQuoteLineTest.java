package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.lineAdded;
import static com.tradeledger.quoting.Quotes.rejected;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.then;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RemoveQuoteLineTest {

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void removes_the_line() {
        fixture.given(then(aDraftWithOneLine(), lineAdded(bracketLine(2))))
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectEvents(new QuoteLineRemoved(QUOTE, 1, 1));
    }

    @Test
    void removes_a_line_carried_into_a_new_revision() {
        fixture.given(then(anIssuedQuote(), revised(2)))
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectEvents(new QuoteLineRemoved(QUOTE, 2, 1));
    }

    @Test
    void rejects_removing_a_line_the_quote_does_not_have() {
        fixture.given(aDraftWithOneLine())
                .when(new RemoveQuoteLine(QUOTE, 7, null))
                .expectException(UnknownQuoteLine.class)
                .expectExceptionMessage("quote " + QUOTE + " has no line 7")
                .expectNoEvents();
    }

    @Test
    void rejects_removing_a_line_twice() {
        fixture.given(then(aDraftWithOneLine(), new QuoteLineRemoved(QUOTE, 1, 1)))
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectException(UnknownQuoteLine.class)
                .expectNoEvents();
    }

    @Test
    void rejects_removing_a_line_of_an_issued_quote() {
        fixture.given(anIssuedQuote())
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectException(QuoteNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_removing_a_line_of_a_rejected_quote() {
        fixture.given(then(anIssuedQuote(), rejected()))
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectException(QuoteNotDraft.class)
                .expectExceptionMessage("quote " + QUOTE + " is REJECTED, not DRAFT")
                .expectNoEvents();
    }

    @Test
    void rejects_removing_a_line_of_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(new RemoveQuoteLine(QUOTE, 1, null))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
