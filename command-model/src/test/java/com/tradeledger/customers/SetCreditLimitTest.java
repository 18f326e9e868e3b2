package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.CREDIT_LIMIT;
import static com.tradeledger.customers.Customers.acme;
import static com.tradeledger.customers.Customers.acmeDeactivated;
import static com.tradeledger.customers.Customers.acmeMergedIntoGlobex;
import static com.tradeledger.customers.Customers.acmeRegistered;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class SetCreditLimitTest {

    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(new InMemoryCustomerRegistry());

    @Test
    void sets_the_credit_limit_recording_the_previous_one() {
        fixture.given(acmeRegistered())
                .when(new SetCreditLimit(ACME, Money.of("80000.00", "EUR"), null))
                .expectEvents(new CreditLimitSet(ACME, CREDIT_LIMIT, Money.of("80000.00", "EUR")));
    }

    @Test
    void sets_a_first_credit_limit_in_any_currency() {
        fixture.given(acme().withCreditLimit(null).registered())
                .when(new SetCreditLimit(ACME, Money.of("100000.00", "USD"), null))
                .expectEvents(new CreditLimitSet(ACME, null, Money.of("100000.00", "USD")));
    }

    @Test
    void accepts_a_credit_limit_of_zero() {
        fixture.given(acmeRegistered())
                .when(new SetCreditLimit(ACME, Money.of("0", "EUR"), null))
                .expectEvents(new CreditLimitSet(ACME, CREDIT_LIMIT, Money.of("0", "EUR")));
    }

    @Test
    void records_nothing_when_the_limit_is_unchanged() {
        fixture.given(acmeRegistered())
                .when(new SetCreditLimit(ACME, Money.of("50000.0000", "EUR"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_credit_limit() {
        fixture.given(acmeRegistered())
                .when(new SetCreditLimit(ACME, Money.of("-0.01", "EUR"), null))
                .expectException(NegativeCreditLimit.class)
                .expectExceptionMessage("a credit limit cannot be negative, but was -0.01 EUR")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_credit_limit() {
        fixture.given(acmeRegistered())
                .when(new SetCreditLimit(ACME, null, null))
                .expectException(MissingValue.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_limit_for_a_merged_customer() {
        fixture.given(acmeRegistered(), acmeMergedIntoGlobex())
                .when(new SetCreditLimit(ACME, Money.of("80000.00", "EUR"), null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_limit_for_a_deactivated_customer() {
        fixture.given(acmeRegistered(), acmeDeactivated())
                .when(new SetCreditLimit(ACME, Money.of("80000.00", "EUR"), null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }
}
