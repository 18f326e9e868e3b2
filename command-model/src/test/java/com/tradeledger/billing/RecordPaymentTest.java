package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.COMMISSION;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.DUE_ON;
import static com.tradeledger.billing.Billing.EUR;
import static com.tradeledger.billing.Billing.FRANK;
import static com.tradeledger.billing.Billing.GLOBEX;
import static com.tradeledger.billing.Billing.INVOICE;
import static com.tradeledger.billing.Billing.OTHER_INVOICE;
import static com.tradeledger.billing.Billing.PAYMENT;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.cancelled;
import static com.tradeledger.billing.Billing.eur;
import static com.tradeledger.billing.Billing.issued;
import static com.tradeledger.billing.Billing.paymentApplied;
import static com.tradeledger.billing.Billing.refusedBy;
import static com.tradeledger.billing.Billing.settled;
import static com.tradeledger.billing.Billing.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.RateNotApplicable;
import com.tradeledger.shared.RateNotPositive;
import com.tradeledger.shared.RateRequired;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Recording a payment, with the invoices it settles sourced from their own events in the same unit of work. */
class RecordPaymentTest {

    private static final InvoiceId THIRD_INVOICE = InvoiceId.of("0e000000-0000-4000-8000-000000000003");
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 7, 20);
    private static final String BANK_REFERENCE = "HSBC-20260720-0042";
    private static final CustomerId STRANGER = CustomerId.of("0a000000-0000-4000-8000-000000000009");

    private final EventSourcedInvoices invoices = new EventSourcedInvoices();
    private final FixtureConfiguration<Payment> fixture = new AggregateTestFixture<>(Payment.class);
    private final InMemoryCustomerStandings customers = new InMemoryCustomerStandings()
            .with(ACME, standing(CustomerStatus.ACTIVE))
            .with(GLOBEX, standing(CustomerStatus.ACTIVE));

    RecordPaymentTest() {
        fixture.registerInjectableResource(invoices.invoices);
        fixture.registerInjectableResource(invoices.receivables);
        fixture.registerInjectableResource(customers);
        invoices.given(INVOICE, issued());
    }

    @Test
    void records_the_payment_and_settles_the_invoice_it_names() {
        fixture.givenNoPriorActivity()
                .when(pay(usd("1200.00"), new PaymentAllocation(INVOICE, usd("1200.00"), null)))
                .expectEvents(received(usd("1200.00")), allocated(INVOICE, usd("1200.00"), usd("1200.00")));

        assertThat(invoices.newEventsOf(INVOICE, 1))
                .containsExactly(
                        new InvoicePaymentApplied(
                                INVOICE, PAYMENT, CONTRACT, ACME, usd("1200.00"), usd("0.00"), RECEIVED_ON),
                        new CommissionAccrued(
                                INVOICE,
                                CONTRACT,
                                PAYMENT,
                                Billing.AGENT,
                                Billing.FIVE_PERCENT,
                                usd("1200.00"),
                                usd("60.00")),
                        settled(RECEIVED_ON));
    }

    @Test
    void holds_what_the_allocations_leave_over_as_the_customers_credit() {
        fixture.givenNoPriorActivity()
                .when(pay(usd("1500.00"), new PaymentAllocation(INVOICE, usd("1000.00"), BigDecimal.ONE)))
                .expectEvents(
                        received(usd("1500.00")),
                        allocated(INVOICE, usd("1000.00"), usd("1000.00")),
                        new CustomerCreditRecorded(PAYMENT, ACME, usd("500.00")));
    }

    @Test
    void allocates_to_the_customers_open_invoices_in_its_currency_oldest_due_first_when_told_none() {
        openedIn(INVOICE, ACME, usd("1200.00"), DUE_ON);
        invoices.given(OTHER_INVOICE, issued(OTHER_INVOICE, usd("300.00"), usd("0.00"), null));
        openedIn(OTHER_INVOICE, ACME, usd("300.00"), DUE_ON.minusDays(16));
        invoices.given(THIRD_INVOICE, issued(THIRD_INVOICE, eur("900.00"), eur("0.00"), null));
        openedIn(THIRD_INVOICE, ACME, eur("900.00"), DUE_ON.minusDays(30));

        fixture.givenNoPriorActivity()
                .when(pay(usd("1000.00")))
                .expectEvents(
                        received(usd("1000.00")),
                        allocated(OTHER_INVOICE, usd("300.00"), usd("300.00")),
                        allocated(INVOICE, usd("700.00"), usd("700.00")));

        assertThat(invoices.newEventsOf(INVOICE, 1))
                .startsWith(new InvoicePaymentApplied(
                        INVOICE, PAYMENT, CONTRACT, ACME, usd("700.00"), usd("500.00"), RECEIVED_ON));
        assertThat(invoices.newEventsOf(THIRD_INVOICE, 1)).isEmpty();
        assertThat(invoices.receivables.openInvoices(ACME, USD))
                .containsExactly(new OpenInvoice(INVOICE, usd("500.00"), DUE_ON));
    }

    @Test
    void holds_a_payment_as_credit_when_the_customer_owes_nothing_in_its_currency() {
        invoices.given(OTHER_INVOICE, issued(OTHER_INVOICE, usd("300.00"), usd("0.00"), null));
        openedIn(OTHER_INVOICE, GLOBEX, usd("300.00"), DUE_ON);

        fixture.givenNoPriorActivity()
                .when(pay(usd("250.00")))
                .expectEvents(received(usd("250.00")), new CustomerCreditRecorded(PAYMENT, ACME, usd("250.00")));
    }

    @Test
    void converts_an_allocation_at_its_rate_into_the_invoices_currency_rounding_half_even() {
        fixture.givenNoPriorActivity()
                .when(new RecordPayment(
                        PAYMENT,
                        ACME,
                        eur("100.01"),
                        BANK_REFERENCE,
                        RECEIVED_ON,
                        EUR,
                        null,
                        List.of(new PaymentAllocation(INVOICE, eur("100.01"), new BigDecimal("1.0855"))),
                        FRANK))
                .expectEvents(
                        new PaymentReceived(
                                PAYMENT,
                                ACME,
                                eur("100.01"),
                                BANK_REFERENCE,
                                RECEIVED_ON,
                                BigDecimal.ONE,
                                eur("100.01"),
                                FRANK),
                        new PaymentAllocated(PAYMENT, INVOICE, eur("100.01"), new BigDecimal("1.0855"), usd("108.56")));
    }

    @Test
    void values_the_payment_in_the_functional_currency_at_its_rate() {
        fixture.givenNoPriorActivity()
                .when(payInFunctional(EUR, new BigDecimal("0.9215")))
                .expectEvents(
                        new PaymentReceived(
                                PAYMENT,
                                ACME,
                                usd("100.00"),
                                BANK_REFERENCE,
                                RECEIVED_ON,
                                new BigDecimal("0.9215"),
                                eur("92.15"),
                                FRANK),
                        new CustomerCreditRecorded(PAYMENT, ACME, usd("100.00")));
    }

    @Test
    void records_a_payment_from_a_customer_merged_into_another_since_it_was_invoiced() {
        customers.with(ACME, standing(CustomerStatus.MERGED));

        fixture.givenNoPriorActivity()
                .when(pay(usd("1200.00"), new PaymentAllocation(INVOICE, usd("1200.00"), null)))
                .expectEvents(received(usd("1200.00")), allocated(INVOICE, usd("1200.00"), usd("1200.00")));
    }

    @Test
    void rejects_a_payment_from_a_customer_never_registered() {
        assertRefused(
                new RecordPayment(
                        PAYMENT, STRANGER, usd("100.00"), BANK_REFERENCE, RECEIVED_ON, USD, null, List.of(), FRANK),
                UnknownCustomer.class,
                "unknown-customer");
    }

    @Test
    void rejects_a_payment_finer_than_a_cent() {
        fixture.givenNoPriorActivity()
                .when(pay(Money.of("100.001", "USD")))
                .expectException(refusedBy(AmountBelowMinorUnit.class, "amount-below-minor-unit"))
                .expectExceptionMessage("amount of 100.001 USD is finer than the minor unit of USD")
                .expectNoEvents();
    }

    @Test
    void rejects_an_allocation_finer_than_a_cent() {
        fixture.givenNoPriorActivity()
                .when(pay(usd("100.00"), new PaymentAllocation(INVOICE, Money.of("99.999", "USD"), null)))
                .expectException(refusedBy(AmountBelowMinorUnit.class, "amount-below-minor-unit"))
                .expectExceptionMessage("allocations.amount of 99.999 USD is finer than the minor unit of USD")
                .expectNoEvents();
        assertThat(invoices.eventsOf(INVOICE)).hasSize(1);
    }

    @Test
    void rejects_a_payment_of_nothing() {
        assertRefused(pay(usd("0.00")), AmountNotPositive.class, "amount-not-positive");
    }

    @Test
    void rejects_a_payment_without_a_bank_reference() {
        fixture.givenNoPriorActivity()
                .when(new RecordPayment(PAYMENT, ACME, usd("100.00"), " ", RECEIVED_ON, USD, null, List.of(), FRANK))
                .expectException(refusedBy(MissingValue.class, "missing-value"))
                .expectExceptionMessage("bankReference is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_payment_in_a_foreign_currency_without_its_rate_to_the_functional_currency() {
        assertRefused(payInFunctional(EUR, null), RateRequired.class, "rate-required");
    }

    @Test
    void rejects_a_rate_other_than_one_to_the_same_currency() {
        assertRefused(payInFunctional(USD, new BigDecimal("1.1")), RateNotApplicable.class, "rate-not-applicable");
    }

    @Test
    void rejects_a_rate_to_the_functional_currency_of_zero() {
        assertRefused(payInFunctional(EUR, BigDecimal.ZERO), RateNotPositive.class, "rate-not-positive");
    }

    @Test
    void rejects_an_allocation_to_an_invoice_never_issued() {
        assertRefused(
                pay(usd("100.00"), new PaymentAllocation(OTHER_INVOICE, usd("100.00"), null)),
                UnknownInvoice.class,
                "unknown-invoice");
    }

    @Test
    void rejects_an_allocation_to_another_customers_invoice() {
        invoices.given(OTHER_INVOICE, issued(OTHER_INVOICE, usd("300.00"), usd("0.00"), null));

        assertRefused(
                new RecordPayment(
                        PAYMENT,
                        GLOBEX,
                        usd("100.00"),
                        BANK_REFERENCE,
                        RECEIVED_ON,
                        USD,
                        null,
                        List.of(new PaymentAllocation(OTHER_INVOICE, usd("100.00"), null)),
                        FRANK),
                InvoiceOfAnotherCustomer.class,
                "invoice-of-another-customer");
    }

    @Test
    void rejects_an_allocation_to_a_settled_invoice() {
        invoices.given(INVOICE, paymentApplied(usd("1200.00"), usd("0.00")), settled(DUE_ON));

        assertRefused(
                pay(usd("100.00"), new PaymentAllocation(INVOICE, usd("100.00"), null)),
                InvoiceAlreadySettled.class,
                "invoice-settled");
    }

    @Test
    void rejects_an_allocation_to_a_cancelled_invoice() {
        invoices.given(INVOICE, cancelled());

        assertRefused(
                pay(usd("100.00"), new PaymentAllocation(INVOICE, usd("100.00"), null)),
                InvoiceAlreadyCancelled.class,
                "invoice-cancelled");
    }

    @Test
    void rejects_an_allocation_to_an_invoice_in_another_currency_without_a_rate() {
        assertRefused(
                new RecordPayment(
                        PAYMENT,
                        ACME,
                        eur("100.00"),
                        BANK_REFERENCE,
                        RECEIVED_ON,
                        EUR,
                        null,
                        List.of(new PaymentAllocation(INVOICE, eur("100.00"), null)),
                        FRANK),
                RateRequired.class,
                "rate-required");
    }

    @Test
    void rejects_an_allocation_settling_more_than_the_invoice_owes() {
        assertRefused(
                pay(usd("1300.00"), new PaymentAllocation(INVOICE, usd("1200.01"), null)),
                PaymentExceedsOutstanding.class,
                "payment-exceeds-outstanding");
    }

    @Test
    void rejects_allocations_adding_up_to_more_than_the_payment() {
        invoices.given(OTHER_INVOICE, issued(OTHER_INVOICE, usd("300.00"), usd("0.00"), COMMISSION));

        assertRefused(
                pay(
                        usd("1000.00"),
                        new PaymentAllocation(INVOICE, usd("800.00"), null),
                        new PaymentAllocation(OTHER_INVOICE, usd("200.01"), null)),
                AllocationsExceedPayment.class,
                "allocations-exceed-payment");
    }

    @Test
    void rejects_an_allocation_in_a_currency_other_than_the_payments() {
        assertRefused(
                pay(usd("100.00"), new PaymentAllocation(INVOICE, eur("100.00"), null)),
                CurrencyMismatch.class,
                "currency-mismatch");
    }

    @Test
    void rejects_an_allocation_of_nothing() {
        assertRefused(
                pay(usd("100.00"), new PaymentAllocation(INVOICE, usd("0.00"), null)),
                AmountNotPositive.class,
                "amount-not-positive");
    }

    @Test
    void rejects_allocating_to_one_invoice_twice() {
        assertRefused(
                pay(
                        usd("1000.00"),
                        new PaymentAllocation(INVOICE, usd("700.00"), null),
                        new PaymentAllocation(INVOICE, usd("300.00"), null)),
                InvoiceAllocatedTwice.class,
                "invoice-allocated-twice");
    }

    private void assertRefused(RecordPayment command, Class<? extends BusinessRuleViolation> rule, String code) {
        int before = invoices.eventsOf(INVOICE).size();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(refusedBy(rule, code))
                .expectNoEvents();
        assertThat(invoices.eventsOf(INVOICE)).hasSize(before);
    }

    private void openedIn(InvoiceId invoiceId, CustomerId customerId, Money outstanding, LocalDate dueOn) {
        invoices.receivables.opened(invoiceId, customerId, outstanding, dueOn);
    }

    private static RecordPayment pay(Money amount, PaymentAllocation... allocations) {
        return new RecordPayment(
                PAYMENT, ACME, amount, BANK_REFERENCE, RECEIVED_ON, USD, null, List.of(allocations), FRANK);
    }

    private static RecordPayment payInFunctional(Currency functional, BigDecimal rate) {
        return new RecordPayment(
                PAYMENT, ACME, usd("100.00"), BANK_REFERENCE, RECEIVED_ON, functional, rate, List.of(), FRANK);
    }

    private static CustomerStanding standing(CustomerStatus status) {
        return new CustomerStanding(status, CustomerGrade.B, Billing.ALICE, null);
    }

    private static PaymentReceived received(Money amount) {
        return new PaymentReceived(PAYMENT, ACME, amount, BANK_REFERENCE, RECEIVED_ON, BigDecimal.ONE, amount, FRANK);
    }

    private static PaymentAllocated allocated(InvoiceId invoiceId, Money amount, Money applied) {
        return new PaymentAllocated(PAYMENT, invoiceId, amount, BigDecimal.ONE, applied);
    }
}
