package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.CAROL;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.TERMS;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.submitted;
import static com.tradeledger.contracting.Contracts.then;

import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

class RejectContractTest {

    private static final String REASON = "ask for a 50 % deposit";

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void sends_a_contract_awaiting_approval_back() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED)))
                .when(new RejectContract(CONTRACT, CAROL, REASON, null))
                .expectEvents(new ContractRejected(CONTRACT, CAROL, REASON));
    }

    @Test
    void leaves_a_rejected_contract_a_draft_to_change() {
        fixture.aggregate
                .given(then(
                        aCompleteDraft(),
                        submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED),
                        new ContractRejected(CONTRACT, CAROL, REASON)))
                .when(new AgreePaymentTerms(CONTRACT, TERMS, null))
                .expectEvents(new PaymentTermsAgreed(CONTRACT, TERMS));
    }

    @Test
    void rejects_a_rejection_by_the_submitter() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED)))
                .when(new RejectContract(CONTRACT, ALICE, REASON, null))
                .expectException(SubmitterCannotApprove.class)
                .expectNoEvents();
    }

    @Test
    void rejects_rejecting_a_draft_never_submitted() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(new RejectContract(CONTRACT, CAROL, REASON, null))
                .expectException(ContractNotAwaitingApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_rejection_without_a_reason() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED)))
                .when(new RejectContract(CONTRACT, CAROL, " ", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }
}
