package com.tradeledger.partners;

import static com.tradeledger.partners.AgentExamples.DE;
import static com.tradeledger.partners.AgentExamples.EMAIL;
import static com.tradeledger.partners.AgentExamples.HAMBURG_TRADE;
import static com.tradeledger.partners.AgentExamples.HH_TRADE;
import static com.tradeledger.partners.AgentExamples.NAME;
import static com.tradeledger.partners.AgentExamples.RIVAL;
import static com.tradeledger.partners.AgentExamples.THREE_PERCENT;
import static com.tradeledger.partners.AgentExamples.register;
import static com.tradeledger.partners.AgentExamples.registered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RegisterAgentTest {

    private final InMemoryAgentRegistry registry = new InMemoryAgentRegistry();
    private final FixtureConfiguration<Agent> fixture = AgentExamples.fixtureWith(registry);

    @Test
    void registers_an_agent_under_a_free_code() {
        fixture.givenNoPriorActivity().when(register()).expectEvents(registered());

        assertThat(registry.holderOf(HH_TRADE)).contains(HAMBURG_TRADE);
        assertThat(registry.isDeactivated(HH_TRADE)).isFalse();
    }

    @Test
    void registers_an_agent_without_an_email_or_a_usual_rate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgent(HAMBURG_TRADE, HH_TRADE, NAME, DE, null, null))
                .expectEvents(new AgentRegistered(HAMBURG_TRADE, HH_TRADE, NAME, DE, null, null));
    }

    @Test
    void rejects_a_code_already_registered() {
        registry.claim(HH_TRADE, RIVAL);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(AgentCodeAlreadyRegistered.class)
                .expectExceptionMessage("agent code HH-TRADE is already registered to another agent")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_name_and_claims_no_code() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgent(HAMBURG_TRADE, HH_TRADE, " ", DE, EMAIL, THREE_PERCENT))
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();

        assertThat(registry.holderOf(HH_TRADE)).isEmpty();
    }

    @Test
    void rejects_a_missing_country() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgent(HAMBURG_TRADE, HH_TRADE, NAME, null, EMAIL, THREE_PERCENT))
                .expectException(MissingValue.class)
                .expectExceptionMessage("country is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_code() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgent(HAMBURG_TRADE, null, NAME, DE, EMAIL, THREE_PERCENT))
                .expectException(MissingValue.class)
                .expectExceptionMessage("code is required and was missing or blank")
                .expectNoEvents();
    }
}
