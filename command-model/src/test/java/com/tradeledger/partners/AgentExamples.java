package com.tradeledger.partners;

import com.tradeledger.contracting.AgentCode;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Percentage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Commission agents for tests: HAMBURG_TRADE (code HH-TRADE), a German trading house reached at
 * orders@hh-trade.example that usually earns 3 %; RIVAL, another agent. Every value is fixed so that a failing test
 * prints the same thing every time.
 */
final class AgentExamples {

    static final AgentId HAMBURG_TRADE = AgentId.of("a9000000-0000-4000-8000-000000000001");
    static final AgentId RIVAL = AgentId.of("a9000000-0000-4000-8000-000000000002");
    static final AgentCode HH_TRADE = AgentCode.of("HH-TRADE");
    static final String NAME = "Hamburg Trade Partners GmbH";
    static final CountryCode DE = CountryCode.of("DE");
    static final EmailAddress EMAIL = EmailAddress.of("orders@hh-trade.example");
    static final Percentage THREE_PERCENT = Percentage.of("3");

    private AgentExamples() {}

    static RegisterAgent register() {
        return new RegisterAgent(HAMBURG_TRADE, HH_TRADE, NAME, DE, EMAIL, THREE_PERCENT);
    }

    static AgentRegistered registered() {
        return new AgentRegistered(HAMBURG_TRADE, HH_TRADE, NAME, DE, EMAIL, THREE_PERCENT);
    }

    static AgentDeactivated deactivated() {
        return new AgentDeactivated(HAMBURG_TRADE, HH_TRADE, "no longer represents us");
    }

    /** A fixture for the agent aggregate with its code table. */
    static FixtureConfiguration<Agent> fixtureWith(AgentRegistry registry) {
        FixtureConfiguration<Agent> fixture = new AggregateTestFixture<>(Agent.class);
        fixture.registerInjectableResource(registry);
        return fixture;
    }
}
