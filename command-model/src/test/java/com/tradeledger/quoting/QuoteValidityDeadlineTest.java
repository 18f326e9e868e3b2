package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.END_OF_VALIDITY;
import static com.tradeledger.quoting.Quotes.ISSUED_AT;
import static com.tradeledger.quoting.Quotes.VALIDITY_DEADLINE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.expired;
import static com.tradeledger.quoting.Quotes.issue;
import static com.tradeledger.quoting.Quotes.rejected;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The "quote-validity" deadline that the issue of a revision schedules. */
class QuoteValidityDeadlineTest {

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void expires_the_issued_revision_when_its_validity_date_has_passed() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGiven(aDraftWithOneLine())
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(END_OF_VALIDITY)
                .expectTriggeredDeadlinesWithName(VALIDITY_DEADLINE)
                .expectEvents(expired());
    }

    @Test
    void keeps_the_quote_open_through_the_last_day_of_its_validity() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGiven(aDraftWithOneLine())
                .andGivenCommands(issue())
                .whenThenTimeAdvancesTo(END_OF_VALIDITY.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(END_OF_VALIDITY, VALIDITY_DEADLINE);
    }

    @Test
    void records_no_expiry_for_a_quote_no_longer_issued_when_the_deadline_fires() {
        fixture.givenCurrentTime(ISSUED_AT)
                .andGiven(aDraftWithOneLine())
                .andGivenCommands(issue())
                .andGiven(rejected())
                .whenThenTimeAdvancesTo(END_OF_VALIDITY)
                .expectTriggeredDeadlinesWithName(VALIDITY_DEADLINE)
                .expectNoEvents();
    }
}
