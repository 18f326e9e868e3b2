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

class AcceptQuoteTest {

    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void accepts_the_issued_revision_at_its_total() {
        fixture.given(anIssuedQuote())
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectEvents(new QuoteAccepted(QUOTE, 1, usd("1200.00"), JUNE_10));
    }

    @Test
    void accepts_on_the_last_day_of_validity() {
        fixture.given(anIssuedQuote())
                .when(new AcceptQuote(QUOTE, VALID_UNTIL, null))
                .expectEvents(new QuoteAccepted(QUOTE, 1, usd("1200.00"), VALID_UNTIL));
    }

    @Test
    void accepts_the_latest_revision_at_its_own_total() {
        fixture.given(then(
                        anIssuedQuote(),
                        revised(2),
                        new QuoteLineChanged(QUOTE, 2, bracketLine(1, "150")),
                        issued(2, usd("1800.00"), bracketLine(1, "150"))))
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectEvents(new QuoteAccepted(QUOTE, 2, usd("1800.00"), JUNE_10));
    }

    @Test
    void cancels_the_expiry() {
        fixture.given(aDraftWithOneLine())
                .andGivenCommands(issue())
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectEvents(new QuoteAccepted(QUOTE, 1, usd("1200.00"), JUNE_10))
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_an_acceptance_after_the_validity_date_even_before_the_expiry_is_recorded() {
        fixture.given(anIssuedQuote())
                .when(new AcceptQuote(QUOTE, VALID_UNTIL.plusDays(1), null))
                .expectException(QuoteHasExpired.class)
                .expectExceptionMessage("quote " + QUOTE + " was valid until 2026-06-30 and has expired")
                .expectNoEvents();
    }

    @Test
    void rejects_accepting_an_expired_quote() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectException(QuoteHasExpired.class)
                .expectNoEvents();
    }

    @Test
    void rejects_accepting_a_quote_never_issued() {
        fixture.given(aDraftWithOneLine())
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_accepting_a_revision_still_being_drafted() {
        fixture.given(then(anIssuedQuote(), revised(2)))
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_accepting_a_rejected_quote() {
        fixture.given(then(anIssuedQuote(), rejected()))
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectException(QuoteNotIssued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_an_acceptance_without_a_date() {
        fixture.given(anIssuedQuote())
                .when(new AcceptQuote(QUOTE, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("acceptedOn is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_accepting_a_quote_twice() {
        fixture.given(anAcceptedQuote())
                .when(new AcceptQuote(QUOTE, JUNE_10, null))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
