package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.AGT_01;
import static com.tradeledger.contracting.Contracts.COMMISSION;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.concluded;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import org.junit.jupiter.api.Test;

class AgreeCommissionTest {

    private static final AgentCode STRANGER = AgentCode.of("NOBODY-9");

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void agrees_the_commission_of_a_draft() {
        fixture.aggregate
                .given(concluded())
                .when(new AgreeCommission(CONTRACT, COMMISSION, null))
                .expectEvents(new CommissionAgreed(CONTRACT, COMMISSION));
    }

    @Test
    void rejects_a_commission_once_signed() {
        fixture.aggregate
                .given(aSignedContract())
                .when(new AgreeCommission(CONTRACT, COMMISSION, null))
                .expectException(ContractNotDraft.class)
                .expectExceptionMessage("contract " + CONTRACT + " is SIGNED, not DRAFT")
                .expectNoEvents();
    }

    @Test
    void rejects_agreeing_no_commission() {
        fixture.aggregate
                .given(concluded())
                .when(new AgreeCommission(CONTRACT, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_commission_for_an_agent_never_registered() {
        fixture.aggregate
                .given(concluded())
                .when(new AgreeCommission(CONTRACT, new CommissionTerms(STRANGER, Percentage.of("3")), null))
                .expectException(UnknownAgent.class)
                .expectExceptionMessage("agent NOBODY-9 is not a registered commission agent")
                .expectNoEvents();
    }

    @Test
    void rejects_a_commission_for_a_deactivated_agent() {
        fixture.agents.deactivated(AGT_01);

        fixture.aggregate
                .given(concluded())
                .when(new AgreeCommission(CONTRACT, COMMISSION, null))
                .expectException(CommissionAgentNotActive.class)
                .expectExceptionMessage("agent AGT-01 was deactivated and earns no new commission")
                .expectNoEvents();
    }

    @Test
    void ends_a_commission_at_a_rate_of_zero_whatever_became_of_its_agent() {
        fixture.agents.deactivated(AGT_01);
        CommissionTerms ended = new CommissionTerms(AGT_01, Percentage.ZERO);

        fixture.aggregate
                .given(concluded(), new CommissionAgreed(CONTRACT, COMMISSION))
                .when(new AgreeCommission(CONTRACT, ended, null))
                .expectEvents(new CommissionAgreed(CONTRACT, ended));
    }
}
