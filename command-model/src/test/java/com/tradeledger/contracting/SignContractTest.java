package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.ACME;
import static com.tradeledger.contracting.Contracts.ALICE;
import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.CAROL;
import static com.tradeledger.contracting.Contracts.COMMISSION;
import static com.tradeledger.contracting.Contracts.CONTRACT;
import static com.tradeledger.contracting.Contracts.CREDIT_LIMIT;
import static com.tradeledger.contracting.Contracts.SIGNED_ON;
import static com.tradeledger.contracting.Contracts.TERMS;
import static com.tradeledger.contracting.Contracts.TOTAL;
import static com.tradeledger.contracting.Contracts.USD;
import static com.tradeledger.contracting.Contracts.aCompleteDraft;
import static com.tradeledger.contracting.Contracts.aSignedContract;
import static com.tradeledger.contracting.Contracts.acmeStanding;
import static com.tradeledger.contracting.Contracts.approved;
import static com.tradeledger.contracting.Contracts.concluded;
import static com.tradeledger.contracting.Contracts.scheduledLines;
import static com.tradeledger.contracting.Contracts.signed;
import static com.tradeledger.contracting.Contracts.submitted;
import static com.tradeledger.contracting.Contracts.then;
import static com.tradeledger.contracting.Contracts.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.contracting.RecordingStockKeeping.Reserved;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.quoting.CustomerTakesNoBusiness;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignContractTest {

    private static final SignContract SIGN = new SignContract(CONTRACT, ALICE, SIGNED_ON, null);

    private final Contracts.Fixture fixture = Contracts.fixture();

    @Test
    void signs_a_complete_draft_that_needs_no_approval_with_the_credit_check_it_passed() {
        fixture.exposure.owing(ACME, usd("1000.00"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SIGN)
                .expectEvents(signed(usd("1000.00"), CREDIT_LIMIT), allReserved());
    }

    @Test
    void reserves_each_lines_base_quantity_on_signing() {
        fixture.aggregate.given(aCompleteDraft()).when(SIGN).expectSuccessfulHandlerExecution();

        assertThat(fixture.stock.asked())
                .containsExactly(
                        new Reserved(BRACKET, CONTRACT, 1, new BigDecimal("100")),
                        new Reserved(BRACKET, CONTRACT, 2, new BigDecimal("120")));
    }

    @Test
    void says_what_it_could_reserve_of_each_line_and_what_is_left_to_buy() {
        fixture.stock.holding(new BigDecimal("130"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SIGN)
                .expectEvents(
                        signed(usd("0.00"), CREDIT_LIMIT),
                        new ContractStockAllocated(
                                CONTRACT,
                                List.of(
                                        allocation(scheduledLines().get(0), "100", "0"),
                                        allocation(scheduledLines().get(1), "30", "90"))));
    }

    /** Every line reserved in full: the recording stock holds whatever is asked. */
    private static ContractStockAllocated allReserved() {
        return new ContractStockAllocated(
                CONTRACT,
                scheduledLines().stream()
                        .map(line -> new LineAllocation(
                                line.lineNumber(),
                                line.productId(),
                                line.baseUnit(),
                                line.baseQuantity(),
                                line.baseQuantity(),
                                line.baseQuantity().subtract(line.baseQuantity()),
                                line.deliveryDate()))
                        .toList());
    }

    private static LineAllocation allocation(ContractLine line, String reserved, String toBuy) {
        return new LineAllocation(
                line.lineNumber(),
                line.productId(),
                line.baseUnit(),
                line.baseQuantity(),
                new BigDecimal(reserved),
                new BigDecimal(toBuy),
                line.deliveryDate());
    }

    @Test
    void signs_with_the_commission_agreed() {
        fixture.customers.with(ACME, acmeStanding(null));

        fixture.aggregate
                .given(then(aCompleteDraft(), new CommissionAgreed(CONTRACT, COMMISSION)))
                .when(SIGN)
                .expectEvents(
                        new ContractSigned(
                                CONTRACT,
                                ACME,
                                ALICE,
                                USD,
                                scheduledLines(),
                                TOTAL,
                                TERMS,
                                COMMISSION,
                                usd("0.00"),
                                null,
                                ALICE,
                                SIGNED_ON),
                        allReserved());
    }

    @Test
    void signs_without_a_commission_once_its_rate_was_set_to_zero() {
        fixture.aggregate
                .given(then(
                        aCompleteDraft(),
                        new CommissionAgreed(CONTRACT, COMMISSION),
                        new CommissionAgreed(CONTRACT, new CommissionTerms(COMMISSION.agent(), Percentage.ZERO))))
                .when(SIGN)
                .expectEvents(signed(usd("0.00"), CREDIT_LIMIT), allReserved());
    }

    @Test
    void signs_an_approved_contract_although_its_reasons_still_apply() {
        fixture.exposure.owing(ACME, usd("49000.00"));

        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.CREDIT_LIMIT_EXCEEDED), approved()))
                .when(new SignContract(CONTRACT, CAROL, SIGNED_ON, null))
                .expectEvents(
                        new ContractSigned(
                                CONTRACT,
                                ACME,
                                ALICE,
                                USD,
                                scheduledLines(),
                                TOTAL,
                                TERMS,
                                null,
                                usd("49000.00"),
                                CREDIT_LIMIT,
                                CAROL,
                                SIGNED_ON),
                        allReserved());
    }

    @Test
    void rejects_signing_a_draft_that_needs_approval_and_reserves_nothing() {
        fixture.exposure.owing(ACME, usd("49000.00"));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SIGN)
                .expectException(ContractNeedsApproval.class)
                .expectExceptionMessage(
                        "contract " + CONTRACT + " needs a manager's approval first: [CREDIT_LIMIT_EXCEEDED]")
                .expectNoEvents();
        assertThat(fixture.stock.asked()).isEmpty();
    }

    @Test
    void rejects_signing_a_contract_still_awaiting_approval() {
        fixture.aggregate
                .given(then(aCompleteDraft(), submitted(ApprovalReason.AMOUNT_OVER_THRESHOLD)))
                .when(SIGN)
                .expectException(ContractNeedsApproval.class)
                .expectExceptionMessage(
                        "contract " + CONTRACT + " needs a manager's approval first: [AMOUNT_OVER_THRESHOLD]")
                .expectNoEvents();
    }

    @Test
    void rejects_signing_a_contract_without_delivery_dates() {
        fixture.aggregate
                .given(concluded(), new PaymentTermsAgreed(CONTRACT, TERMS))
                .when(SIGN)
                .expectException(ContractIncomplete.class)
                .expectExceptionMessage(
                        "contract " + CONTRACT + " is missing the delivery date of line 1, the delivery date of line 2")
                .expectNoEvents();
    }

    @Test
    void rejects_signing_for_a_customer_that_takes_no_more_business() {
        fixture.customers.with(ACME, new CustomerStanding(CustomerStatus.DEACTIVATED, CustomerGrade.B, ALICE, null));

        fixture.aggregate
                .given(aCompleteDraft())
                .when(SIGN)
                .expectException(CustomerTakesNoBusiness.class)
                .expectNoEvents();
    }

    @Test
    void rejects_signing_twice() {
        fixture.aggregate
                .given(aSignedContract())
                .when(SIGN)
                .expectException(ContractAlreadySigned.class)
                .expectExceptionMessage("contract " + CONTRACT + " is already signed")
                .expectNoEvents();
    }

    @Test
    void rejects_signing_a_cancelled_contract() {
        fixture.aggregate
                .given(then(
                        aCompleteDraft(),
                        new ContractCancelled(CONTRACT, ALICE, "customer withdrew", LocalDate.of(2026, 6, 15))))
                .when(SIGN)
                .expectException(ContractClosed.class)
                .expectExceptionMessage("contract " + CONTRACT + " is CANCELLED and closed")
                .expectNoEvents();
    }

    @Test
    void rejects_a_signature_without_a_date() {
        fixture.aggregate
                .given(aCompleteDraft())
                .when(new SignContract(CONTRACT, ALICE, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
        assertThat(fixture.stock.asked()).isEqualTo(List.of());
    }
}
