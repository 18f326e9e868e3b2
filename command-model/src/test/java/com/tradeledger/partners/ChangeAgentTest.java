package com.tradeledger.partners;

import static com.tradeledger.partners.AgentExamples.DE;
import static com.tradeledger.partners.AgentExamples.EMAIL;
import static com.tradeledger.partners.AgentExamples.HAMBURG_TRADE;
import static com.tradeledger.partners.AgentExamples.NAME;
import static com.tradeledger.partners.AgentExamples.THREE_PERCENT;
import static com.tradeledger.partners.AgentExamples.deactivated;
import static com.tradeledger.partners.AgentExamples.registered;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ChangeAgentTest {

    private static final CountryCode NL = CountryCode.of("NL");
    private static final EmailAddress NEW_EMAIL = EmailAddress.of("sales@hh-trade.example");

    private final FixtureConfiguration<Agent> fixture = AgentExamples.fixtureWith(new InMemoryAgentRegistry());

    @Test
    void changes_the_name_country_email_and_rate_as_a_whole() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, "HH Trade B.V.", NL, NEW_EMAIL, Percentage.of("2.5"), null))
                .expectEvents(new AgentChanged(HAMBURG_TRADE, "HH Trade B.V.", NL, NEW_EMAIL, Percentage.of("2.5")));
    }

    @Test
    void records_nothing_when_nothing_changes() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, NAME, DE, EMAIL, Percentage.of("3.00"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void drops_the_email_and_the_usual_rate_when_left_out() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, NAME, DE, null, null, null))
                .expectEvents(new AgentChanged(HAMBURG_TRADE, NAME, DE, null, null));
    }

    @Test
    void changes_the_usual_rate_alone() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, NAME, DE, EMAIL, Percentage.of("4"), null))
                .expectEvents(new AgentChanged(HAMBURG_TRADE, NAME, DE, EMAIL, Percentage.of("4")));
    }

    @Test
    void rejects_changing_a_deactivated_agent() {
        fixture.given(registered(), deactivated())
                .when(new ChangeAgent(HAMBURG_TRADE, "HH Trade B.V.", DE, EMAIL, THREE_PERCENT, null))
                .expectException(AgentNotActive.class)
                .expectExceptionMessage("agent " + HAMBURG_TRADE + " was deactivated and takes no further business")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_name() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, "", DE, EMAIL, THREE_PERCENT, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_country() {
        fixture.given(registered())
                .when(new ChangeAgent(HAMBURG_TRADE, NAME, null, EMAIL, THREE_PERCENT, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("country is required and was missing or blank")
                .expectNoEvents();
    }
}
