package com.tradeledger.payables;

import static com.tradeledger.payables.Payables.BILL;
import static com.tradeledger.payables.Payables.CNY;
import static com.tradeledger.payables.Payables.EUR;
import static com.tradeledger.payables.Payables.FRANK;
import static com.tradeledger.payables.Payables.NINGBO;
import static com.tradeledger.payables.Payables.OTHER_BILL;
import static com.tradeledger.payables.Payables.PAID_ON;
import static com.tradeledger.payables.Payables.PAYMENT;
import static com.tradeledger.payables.Payables.SHENZHEN;
import static com.tradeledger.payables.Payables.USD;
import static com.tradeledger.payables.Payables.eur;
import static com.tradeledger.payables.Payables.held;
import static com.tradeledger.payables.Payables.matched;
import static com.tradeledger.payables.Payables.paid;
import static com.tradeledger.payables.Payables.priceMismatch;
import static com.tradeledger.payables.Payables.recorded;
import static com.tradeledger.payables.Payables.refusedBy;
import static com.tradeledger.payables.Payables.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.RateNotApplicable;
import com.tradeledger.shared.RateNotPositive;
import com.tradeledger.shared.RateRequired;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Recording a payment to a supplier, with the bills it settles sourced from their own events in the same unit of
 * work. BILL owes Shenzhen USD 1,500.00 and OTHER_BILL USD 875.00, both payable.
 */
class RecordSupplierPaymentTest {

    private static final String BANK_REFERENCE = "BOC-20260828-0107";
    private static final SupplierBillId THIRD_BILL = SupplierBillId.of("0d000000-0000-4000-8000-000000000003");

    private final EventSourcedSupplierBills bills = new EventSourcedSupplierBills();
    private final FixtureConfiguration<SupplierPayment> fixture = new AggregateTestFixture<>(SupplierPayment.class);

    RecordSupplierPaymentTest() {
        fixture.registerInjectableResource(bills.bills);
        bills.given(BILL, recorded(BILL, SHENZHEN, usd("1500.00")), matched());
        bills.given(OTHER_BILL, recorded(OTHER_BILL, SHENZHEN, usd("875.00")), matched(OTHER_BILL));
    }

    @Test
    void records_the_payment_and_pays_off_the_bill_it_names() {
        fixture.givenNoPriorActivity()
                .when(pay(usd("1500.00"), allocation(BILL, usd("1500.00"))))
                .expectEvents(made(usd("1500.00"), BigDecimal.ONE, usd("1500.00")));

        assertThat(bills.newEventsOf(BILL, 2)).containsExactly(paid(BILL, usd("1500.00"), usd("0.00")));
    }

    @Test
    void settles_each_bill_it_names_with_its_part() {
        fixture.givenNoPriorActivity()
                .when(pay(usd("2000.00"), allocation(BILL, usd("1500.00")), allocation(OTHER_BILL, usd("500.00"))))
                .expectEvents(made(usd("2000.00"), BigDecimal.ONE, usd("2000.00")));

        assertThat(bills.newEventsOf(BILL, 2)).containsExactly(paid(BILL, usd("1500.00"), usd("0.00")));
        assertThat(bills.newEventsOf(OTHER_BILL, 2)).containsExactly(paid(OTHER_BILL, usd("500.00"), usd("375.00")));
    }

    @Test
    void values_the_payment_in_the_functional_currency_at_its_rate() {
        fixture.givenNoPriorActivity()
                .when(payInFunctional(CNY, new BigDecimal("7.1234")))
                .expectEvents(made(usd("100.00"), new BigDecimal("7.1234"), Money.of("712.34", "CNY")));
    }

    @Test
    void rounds_the_functional_value_half_even_to_the_minor_unit() {
        fixture.givenNoPriorActivity()
                .when(payInFunctional(CNY, new BigDecimal("1.23445")))
                .expectEvents(made(usd("100.00"), new BigDecimal("1.23445"), Money.of("123.44", "CNY")));
    }

    @Test
    void accepts_a_rate_of_one_to_the_currency_it_is_paid_in() {
        fixture.givenNoPriorActivity()
                .when(payInFunctional(USD, BigDecimal.ONE))
                .expectEvents(made(usd("100.00"), BigDecimal.ONE, usd("100.00")));
    }

    @Test
    void rejects_a_payment_of_nothing() {
        assertRefused(pay(usd("0.00"), allocation(BILL, usd("0.00"))), AmountNotPositive.class, "amount-not-positive");
    }

    @Test
    void rejects_a_payment_finer_than_a_cent() {
        fixture.givenNoPriorActivity()
                .when(pay(Money.of("100.001", "USD"), allocation(BILL, Money.of("100.001", "USD"))))
                .expectException(refusedBy(AmountBelowMinorUnit.class, "amount-below-minor-unit"))
                .expectExceptionMessage("a supplier payment of 100.001 USD is finer than the minor unit of USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_payment_without_a_bank_reference() {
        fixture.givenNoPriorActivity()
                .when(new RecordSupplierPayment(
                        PAYMENT,
                        SHENZHEN,
                        usd("100.00"),
                        " ",
                        PAID_ON,
                        USD,
                        null,
                        List.of(allocation(BILL, usd("100.00"))),
                        FRANK))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("bankReference is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_payment_in_a_foreign_currency_without_its_rate_to_the_functional_currency() {
        assertRefused(payInFunctional(CNY, null), RateRequired.class, "rate-required");
    }

    @Test
    void rejects_a_rate_other_than_one_to_the_currency_it_is_paid_in() {
        assertRefused(payInFunctional(USD, new BigDecimal("1.1")), RateNotApplicable.class, "rate-not-applicable");
    }

    @Test
    void rejects_a_rate_of_zero() {
        assertRefused(payInFunctional(CNY, BigDecimal.ZERO), RateNotPositive.class, "rate-not-positive");
    }

    @Test
    void rejects_a_payment_allocated_to_no_bill() {
        assertRefused(pay(usd("100.00")), PaymentWithoutAllocations.class, "payment-without-allocations");
    }

    @Test
    void rejects_an_allocation_to_a_bill_never_recorded() {
        assertRefused(
                pay(usd("100.00"), allocation(THIRD_BILL, usd("100.00"))),
                UnknownSupplierBill.class,
                "unknown-supplier-bill");
    }

    @Test
    void rejects_an_allocation_to_another_suppliers_bill() {
        bills.given(THIRD_BILL, recorded(THIRD_BILL, NINGBO, usd("300.00")), matched(THIRD_BILL));

        assertRefused(
                pay(usd("100.00"), allocation(THIRD_BILL, usd("100.00"))),
                BillOfAnotherSupplier.class,
                "bill-of-another-supplier");
    }

    @Test
    void rejects_an_allocation_to_a_bill_held_by_the_match() {
        bills.given(
                THIRD_BILL,
                recorded(THIRD_BILL, SHENZHEN, usd("260.00")),
                held(THIRD_BILL, priceMismatch(1, "2.60", "2.50")));

        assertRefused(
                pay(usd("100.00"), allocation(THIRD_BILL, usd("100.00"))),
                SupplierBillNotPayable.class,
                "bill-not-payable");
    }

    @Test
    void rejects_an_allocation_to_a_bill_already_paid() {
        bills.given(OTHER_BILL, paid(OTHER_BILL, usd("875.00"), usd("0.00")));

        assertRefused(
                pay(usd("100.00"), allocation(OTHER_BILL, usd("100.00"))),
                SupplierBillNotPayable.class,
                "bill-not-payable");
    }

    @Test
    void rejects_an_allocation_in_a_currency_other_than_the_payments() {
        assertRefused(pay(usd("100.00"), allocation(BILL, eur("100.00"))), CurrencyMismatch.class, "currency-mismatch");
    }

    @Test
    void rejects_paying_a_bill_in_a_currency_other_than_its_own() {
        assertRefused(
                new RecordSupplierPayment(
                        PAYMENT,
                        SHENZHEN,
                        eur("100.00"),
                        BANK_REFERENCE,
                        PAID_ON,
                        EUR,
                        null,
                        List.of(allocation(BILL, eur("100.00"))),
                        FRANK),
                CurrencyMismatch.class,
                "currency-mismatch");
    }

    @Test
    void rejects_an_allocation_of_nothing() {
        assertRefused(
                pay(usd("100.00"), allocation(BILL, usd("100.00")), allocation(OTHER_BILL, usd("0.00"))),
                AmountNotPositive.class,
                "amount-not-positive");
    }

    @Test
    void rejects_an_allocation_finer_than_a_cent() {
        assertRefused(
                pay(
                        usd("100.00"),
                        allocation(BILL, Money.of("99.995", "USD")),
                        allocation(OTHER_BILL, Money.of("0.005", "USD"))),
                AmountBelowMinorUnit.class,
                "amount-below-minor-unit");
    }

    @Test
    void rejects_an_allocation_beyond_what_the_bill_owes() {
        assertRefused(
                pay(usd("1500.01"), allocation(BILL, usd("1500.01"))),
                PaymentExceedsOutstanding.class,
                "payment-exceeds-outstanding");
    }

    @Test
    void rejects_allocating_to_one_bill_twice() {
        assertRefused(
                pay(usd("1000.00"), allocation(BILL, usd("700.00")), allocation(BILL, usd("300.00"))),
                BillAllocatedTwice.class,
                "bill-allocated-twice");
    }

    @Test
    void rejects_allocations_adding_up_to_less_than_the_payment() {
        assertRefused(
                pay(usd("1000.00"), allocation(BILL, usd("600.00")), allocation(OTHER_BILL, usd("399.99"))),
                PaymentNotFullyAllocated.class,
                "payment-not-fully-allocated");
    }

    @Test
    void rejects_allocations_adding_up_to_more_than_the_payment() {
        assertRefused(
                pay(usd("1000.00"), allocation(BILL, usd("600.00")), allocation(OTHER_BILL, usd("400.01"))),
                PaymentNotFullyAllocated.class,
                "payment-not-fully-allocated");
    }

    private void assertRefused(
            RecordSupplierPayment command, Class<? extends BusinessRuleViolation> rule, String code) {
        int before = bills.eventsOf(BILL).size();
        int otherBefore = bills.eventsOf(OTHER_BILL).size();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refusedBy(rule, code))
                .expectNoEvents();
        assertThat(bills.eventsOf(BILL)).hasSize(before);
        assertThat(bills.eventsOf(OTHER_BILL)).hasSize(otherBefore);
    }

    private static SupplierPaymentAllocation allocation(SupplierBillId billId, Money amount) {
        return new SupplierPaymentAllocation(billId, amount);
    }

    private static RecordSupplierPayment pay(Money amount, SupplierPaymentAllocation... allocations) {
        return new RecordSupplierPayment(
                PAYMENT, SHENZHEN, amount, BANK_REFERENCE, PAID_ON, USD, null, List.of(allocations), FRANK);
    }

    /** USD 100.00 to BILL, valued in {@code functional} at {@code rate}. */
    private static RecordSupplierPayment payInFunctional(Currency functional, BigDecimal rate) {
        return new RecordSupplierPayment(
                PAYMENT,
                SHENZHEN,
                usd("100.00"),
                BANK_REFERENCE,
                PAID_ON,
                functional,
                rate,
                List.of(allocation(BILL, usd("100.00"))),
                FRANK);
    }

    private static SupplierPaymentMade made(Money amount, BigDecimal rate, Money functionalAmount) {
        return new SupplierPaymentMade(
                PAYMENT, SHENZHEN, amount, BANK_REFERENCE, PAID_ON, rate, functionalAmount, FRANK);
    }
}
