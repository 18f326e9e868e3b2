package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.CAROL;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.approved;
import static com.tradeledger.contracting.Contracts.submitted;
import static com.tradeledger.contracting.Contracts.then;

import com.tradeledger.shared.MissingValue;
import org.junit.jupiter.api.Test;

class ApproveContractTest {

    private static final ApproveContract CAROL_APPROVES =
            new ApproveContract(CONTRACT, CAROL, "long-standing customer", null);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void approves_a_contract_awaiting_approval() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD)))
                .when(CAROL_APPROVES)
                .expectEvents(approved());
    }

    @Test
    void rejects_approval_by_the_submitter() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD)))
                .when(new ApproveContract(CONTRACT, ALICE, "looks fine to me", null))
                .expectException(SubmitterCannotApprove.class)
                .expectExceptionMessage(
                        "alice submitted contract " + CONTRACT + " and cannot answer it; ask another" + " manager")
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_draft_never_submitted() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(CAROL_APPROVES)
                .expectException(ContractNotAwaitingApproval.class)
                .expectExceptionMessage("contract " + CONTRACT + " is DRAFT, not AWAITING_APPROVAL")
                .expectNoEvents();
    }

    @Test
    void rejects_approving_twice() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD), approved()))
                .when(new ApproveContract(CONTRACT, Contracts.DAVE, "me too", null))
                .expectException(ContractNotAwaitingApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_an_approval_without_an_approver() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD)))
                .when(new ApproveContract(CONTRACT, null, "ok", null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
