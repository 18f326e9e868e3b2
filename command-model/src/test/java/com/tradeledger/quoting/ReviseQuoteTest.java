package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.VALID_UNTIL;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.expired;
import static com.tradeledger.quoting.Quotes.issue;
import static com.tradeledger.quoting.Quotes.issued;
import static com.tradeledger.quoting.Quotes.rejected;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.then;
import static com.tradeledger.quoting.Quotes.usd;

import com.tradeledger.shared.MissingValue;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ReviseQuoteTest {

    private static final String REASON = "customer asked for cartons";
    private static final LocalDate END_OF_JULY = LocalDate.of(2026, 7, 31);

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void opens_the_next_revision_with_a_new_validity_date() {
        fixture.given(anIssuedQuote())
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectEvents(new QuoteRevised(QUOTE, 2, REASON, END_OF_JULY));
    }

    @Test
    void keeps_the_validity_date_when_no_new_one_is_given() {
        fixture.given(anIssuedQuote())
                .when(new ReviseQuote(QUOTE, REASON, null, null))
                .expectEvents(new QuoteRevised(QUOTE, 2, REASON, VALID_UNTIL));
    }

    @Test
    void cancels_the_expiry_of_the_revision_it_replaces() {
        fixture.given(aDraftWithOneLine())
                .andGivenCommands(issue())
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectEvents(new QuoteRevised(QUOTE, 2, REASON, END_OF_JULY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void offers_an_expired_quote_again() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(new ReviseQuote(QUOTE, "customer came back after the fair", END_OF_JULY, null))
                .expectEvents(new QuoteRevised(QUOTE, 2, "customer came back after the fair", END_OF_JULY));
    }

    @Test
    void rejects_offering_an_expired_quote_again_without_a_new_validity_date() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(new ReviseQuote(QUOTE, "customer came back after the fair", null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }

    @Test
    void numbers_revisions_on() {
        fixture.given(then(anIssuedQuote(), revised(2), issued(2, usd("1200.00"), bracketLine(1))))
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectEvents(new QuoteRevised(QUOTE, 3, REASON, END_OF_JULY));
    }

    @Test
    void rejects_a_revision_without_a_reason() {
        fixture.given(anIssuedQuote())
                .when(new ReviseQuote(QUOTE, "", END_OF_JULY, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_revising_a_quote_never_issued() {
        fixture.given(aDraftWithOneLine())
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_revising_a_revision_still_being_drafted() {
        fixture.given(then(anIssuedQuote(), revised(2)))
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_revising_a_rejected_quote() {
        fixture.given(then(anIssuedQuote(), rejected()))
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectException(QuoteNotIssued.class)
                .expectExceptionMessage("quote " + QUOTE + " is REJECTED, not ISSUED")
                .expectNoEvents();
    }

    @Test
    void rejects_revising_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(new ReviseQuote(QUOTE, REASON, END_OF_JULY, null))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
