package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.ACME_CODE;
import static com.tradeledger.customers.Customers.acmeDeactivated;
import static com.tradeledger.customers.Customers.acmeMergedIntoGlobex;
import static com.tradeledger.customers.Customers.acmeRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeactivateCustomerTest {

    private final InMemoryCustomerRegistry registry = new InMemoryCustomerRegistry();
    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(registry);

    @BeforeEach
    void acmeIsRegistered() {
        registry.claim(ACME_CODE, ACME);
    }

    @Test
    void deactivates_the_customer_for_the_reason_given() {
        fixture.given(acmeRegistered())
                .when(new DeactivateCustomer(ACME, "ceased trading", null))
                .expectEvents(new CustomerDeactivated(ACME, "ceased trading"));
    }

    @Test
    void closes_the_customer_in_the_registry() {
        fixture.given(acmeRegistered()).when(new DeactivateCustomer(ACME, "ceased trading", null));

        assertThat(registry.isActive(ACME)).isFalse();
    }

    @Test
    void rejects_a_deactivation_without_a_reason() {
        fixture.given(acmeRegistered())
                .when(new DeactivateCustomer(ACME, "\t", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();

        assertThat(registry.isActive(ACME)).isTrue();
    }

    @Test
    void rejects_deactivating_a_customer_twice() {
        fixture.given(acmeRegistered(), acmeDeactivated())
                .when(new DeactivateCustomer(ACME, "ceased trading", null))
                .expectException(CustomerClosed.class)
                .expectExceptionMessage("customer " + ACME + " was deactivated and takes no further commands")
                .expectNoEvents();
    }

    @Test
    void rejects_deactivating_a_merged_customer() {
        fixture.given(acmeRegistered(), acmeMergedIntoGlobex())
                .when(new DeactivateCustomer(ACME, "ceased trading", null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }
}
