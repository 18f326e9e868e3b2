package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ACME;
import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.DELIVERY_DATE;
import static com.tradeledger.contracting.Contracts.TERMS;
import static com.tradeledger.contracting.Contracts.USD;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.acmeStanding;
import static com.tradeledger.contracting.Contracts.concluded;
import static com.tradeledger.contracting.Contracts.concludedWithALineBelowFloor;
import static com.tradeledger.contracting.Contracts.submitted;
import static com.tradeledger.contracting.Contracts.then;
import static com.tradeledger.contracting.Contracts.usd;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.quoting.CustomerTakesNoBusiness;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmitContractTest {

    private static final SubmitContract SUBMIT = new SubmitContract(CONTRACT, ALICE, null);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void submits_a_contract_whose_total_passes_the_threshold_of_its_currency() {
        Contracts.Fixture strict = Contracts.fixture(new ContractingPolicy(Map.of(USD, new BigDecimal("2000"))));

        strict.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectEvents(submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD));
    }

    @Test
    void submits_any_contract_in_a_currency_without_a_threshold() {
        Contracts.Fixture noUsdThreshold = Contracts.fixture(new ContractingPolicy(Map.of()));

        noUsdThreshold
                .aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectEvents(submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD));
    }

    @Test
    void submits_a_contract_with_a_line_below_the_floor_price() {
        fixture.aggregate
                .given(
                        concludedWithALineBelowFloor(),
                        new PaymentTermsAgreed(CONTRACT, TERMS),
                        new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE))
                .when(SUBMIT)
                .expectEvents(submitted(ApprovalReason.BELOW_FLOOR_LINE));
    }

    @Test
    void submits_a_contract_that_takes_the_customer_past_its_credit_limit() {
        fixture.exposure.owing(ACME, usd("47546.01"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectEvents(submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED));
    }

    @Test
    void submits_a_contract_for_a_customer_whose_limit_is_in_another_currency() {
        fixture.customers.with(ACME, acmeStanding(Money.of("1000000.00", "EUR")));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectEvents(submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED));
    }

    @Test
    void submits_with_every_reason_that_applies() {
        Contracts.Fixture strict = Contracts.fixture(new ContractingPolicy(Map.of(USD, new BigDecimal("100"))));
        strict.exposure.owing(ACME, usd("49999.00"));

        strict.aggregate
                .given(
                        concludedWithALineBelowFloor(),
                        new PaymentTermsAgreed(CONTRACT, TERMS),
                        new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE))
                .when(SUBMIT)
                .expectEvents(submitted(
                        ApprovalReason.AMOUNT_OVER_THRESHOLD,
                        ApprovalReason.BELOW_FLOOR_LINE,
                        ApprovalReason.CREDIT_LIMIT_EXCEEDED));
    }

    @Test
    void rejects_submitting_a_contract_that_reaches_the_credit_limit_exactly() {
        fixture.exposure.owing(ACME, usd("47546.00"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectException(ContractNeedsNoApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_submitting_a_contract_for_a_customer_without_a_credit_limit() {
        fixture.customers.with(ACME, acmeStanding(null));
        fixture.exposure.owing(ACME, usd("900000.00"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectException(ContractNeedsNoApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_submitting_a_contract_that_needs_no_approval() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectException(ContractNeedsNoApproval.class)
                .expectExceptionMessage("contract " + CONTRACT
                        + " passes no threshold, floor price or credit limit; sign it without approval")
                .expectNoEvents();
    }

    @Test
    void rejects_submitting_a_contract_without_payment_terms_or_delivery_dates() {
        fixture.aggregate
                .given(concluded(), new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE))
                .when(SUBMIT)
                .expectException(ContractIncomplete.class)
                .expectExceptionMessage(
                        "contract " + CONTRACT + " is missing payment terms, the delivery date of line 2")
                .expectNoEvents();
    }

    @Test
    void rejects_submitting_a_contract_already_awaiting_approval() {
        fixture.exposure.owing(ACME, usd("49000.00"));

        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED)))
                .when(SUBMIT)
                .expectException(ContractNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_submitting_for_a_customer_that_takes_no_more_business() {
        fixture.customers.with(ACME, new CustomerStanding(CustomerStatus.MERGED, CustomerGrade.B, ALICE, null));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SUBMIT)
                .expectException(CustomerTakesNoBusiness.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_submission_without_a_submitter() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(new SubmitContract(CONTRACT, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }
}
