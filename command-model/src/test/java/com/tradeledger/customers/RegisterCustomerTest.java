package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.ACME_CODE;
import static com.tradeledger.customers.Customers.ALICE;
import static com.tradeledger.customers.Customers.GLOBEX;
import static com.tradeledger.customers.Customers.acme;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RegisterCustomerTest {

    private final InMemoryCustomerRegistry registry = new InMemoryCustomerRegistry();
    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(registry);

    @Test
    void registers_a_customer_under_a_free_code() {
        fixture.givenNoPriorActivity().when(acme().command()).expectEvents(acme().registered());

        assertThat(registry.holderOf(ACME_CODE)).contains(ACME);
        assertThat(registry.ownerOf(ACME)).contains(ALICE);
    }

    @Test
    void registers_a_customer_without_a_credit_limit() {
        fixture.givenNoPriorActivity()
                .when(acme().withCreditLimit(null).command())
                .expectEvents(acme().withCreditLimit(null).registered());
    }

    @Test
    void rejects_a_code_already_registered() {
        registry.claim(ACME_CODE, GLOBEX);

        fixture.givenNoPriorActivity()
                .when(acme().command())
                .expectException(CustomerCodeAlreadyRegistered.class)
                .expectExceptionMessage("customer code ACME-01 is already registered to another customer")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_credit_limit() {
        fixture.givenNoPriorActivity()
                .when(acme().withCreditLimit(Money.of("-1.00", "EUR")).command())
                .expectException(NegativeCreditLimit.class)
                .expectNoEvents();

        assertThat(registry.holderOf(ACME_CODE)).isEmpty();
    }

    @Test
    void rejects_a_blank_name() {
        fixture.givenNoPriorActivity()
                .when(acme().withName("  ").command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_code() {
        fixture.givenNoPriorActivity()
                .when(acme().withCode(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("code is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_country() {
        fixture.givenNoPriorActivity()
                .when(acme().withCountry(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("country is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_grade() {
        fixture.givenNoPriorActivity()
                .when(acme().withGrade(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("grade is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_customer_without_an_owning_salesperson() {
        fixture.givenNoPriorActivity()
                .when(acme().withSalesperson(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("salesperson is required and was missing or blank")
                .expectNoEvents();
    }
}
