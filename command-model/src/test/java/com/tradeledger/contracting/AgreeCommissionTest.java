package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.COMMISSION;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.concluded;

import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

class AgreeCommissionTest {

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
}
