package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.expired;
import static com.tradeledger.quoting.Quotes.issued;
import static com.tradeledger.quoting.Quotes.rejected;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.then;
import static com.tradeledger.quoting.Quotes.usd;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RecordQuoteFeedbackTest {

    private static final String FEEDBACK = "asks for 5 % off from 500 pieces";

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void records_the_customers_feedback_on_the_issued_revision() {
        fixture.given(anIssuedQuote())
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectEvents(new QuoteFeedbackRecorded(QUOTE, 1, FEEDBACK));
    }

    @Test
    void records_feedback_against_the_revision_last_issued() {
        fixture.given(then(anIssuedQuote(), revised(2), issued(2, usd("1200.00"), bracketLine(1))))
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectEvents(new QuoteFeedbackRecorded(QUOTE, 2, FEEDBACK));
    }

    @Test
    void rejects_blank_feedback() {
        fixture.given(anIssuedQuote())
                .when(new RecordQuoteFeedback(QUOTE, "  ", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("feedback is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_feedback_on_a_quote_not_yet_sent() {
        fixture.given(aDraftWithOneLine())
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectException(QuoteNotIssued.class)
                .expectExceptionMessage("quote " + QUOTE + " is DRAFT, not ISSUED")
                .expectNoEvents();
    }

    @Test
    void rejects_feedback_on_an_expired_quote() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_feedback_on_a_rejected_quote() {
        fixture.given(then(anIssuedQuote(), rejected()))
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_feedback_on_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(new RecordQuoteFeedback(QUOTE, FEEDBACK, null))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
