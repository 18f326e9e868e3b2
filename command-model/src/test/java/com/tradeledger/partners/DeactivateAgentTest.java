package com.tradeledger.partners;

import static com.tradeledger.partners.AgentExamples.HAMBURG_TRADE;
import static com.tradeledger.partners.AgentExamples.HH_TRADE;
import static com.tradeledger.partners.AgentExamples.deactivated;
import static com.tradeledger.partners.AgentExamples.registered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DeactivateAgentTest {

    private final InMemoryAgentRegistry registry = new InMemoryAgentRegistry();
    private final FixtureConfiguration<Agent> fixture = AgentExamples.fixtureWith(registry);

    @Test
    void deactivates_an_active_agent_for_the_reason_given_and_marks_its_code() {
        fixture.given(registered())
                .when(new DeactivateAgent(HAMBURG_TRADE, "no longer represents us", null))
                .expectEvents(deactivated());

        assertThat(registry.isDeactivated(HH_TRADE)).isTrue();
    }

    @Test
    void rejects_deactivating_twice() {
        fixture.given(registered(), deactivated())
                .when(new DeactivateAgent(HAMBURG_TRADE, "again", null))
                .expectException(AgentNotActive.class)
                .expectNoEvents();

        assertThat(registry.isDeactivated(HH_TRADE)).isFalse();
    }

    @Test
    void rejects_a_missing_reason_and_leaves_the_code_active() {
        fixture.given(registered())
                .when(new DeactivateAgent(HAMBURG_TRADE, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();

        assertThat(registry.isDeactivated(HH_TRADE)).isFalse();
    }
}
