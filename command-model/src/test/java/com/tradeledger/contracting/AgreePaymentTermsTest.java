package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.TERMS;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.concluded;
import static com.tradeledger.contracting.Contracts.submitted;
import static com.tradeledger.contracting.Contracts.then;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import org.junit.jupiter.api.Test;

class AgreePaymentTermsTest {

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void agrees_the_payment_terms_of_a_draft() {
        fixture.aggregate
                .given(concluded())
                .when(new AgreePaymentTerms(CONTRACT, TERMS, null))
                .expectEvents(new PaymentTermsAgreed(CONTRACT, TERMS));
    }

    @Test
    void replaces_terms_agreed_before() {
        PaymentTerms letterOfCredit = new PaymentTerms(Percentage.ZERO, 0, BalanceTerms.LETTER_OF_CREDIT, 60);

        fixture.aggregate
                .given(aCompleteDraft())
                .when(new AgreePaymentTerms(CONTRACT, letterOfCredit, null))
                .expectEvents(new PaymentTermsAgreed(CONTRACT, letterOfCredit));
    }

    @Test
    void rejects_terms_for_a_contract_awaiting_approval() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD)))
                .when(new AgreePaymentTerms(CONTRACT, TERMS, null))
                .expectException(ContractNotDraft.class)
                .expectExceptionMessage("contract " + CONTRACT + " is AWAITING_APPROVAL, not DRAFT")
                .expectNoEvents();
    }

    @Test
    void rejects_agreeing_no_terms() {
        fixture.aggregate
                .given(concluded())
                .when(new AgreePaymentTerms(CONTRACT, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
