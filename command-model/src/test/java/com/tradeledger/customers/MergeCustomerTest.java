package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.ACME_CODE;
import static com.tradeledger.customers.Customers.BOB;
import static com.tradeledger.customers.Customers.GLOBEX;
import static com.tradeledger.customers.Customers.GLOBEX_CODE;
import static com.tradeledger.customers.Customers.acmeDeactivated;
import static com.tradeledger.customers.Customers.acmeHandedOverTo;
import static com.tradeledger.customers.Customers.acmeMergedIntoGlobex;
import static com.tradeledger.customers.Customers.acmeRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MergeCustomerTest {

    private static final String REASON = "registered twice at the Canton fair";

    private final InMemoryCustomerRegistry registry = new InMemoryCustomerRegistry();
    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(registry);

    @BeforeEach
    void bothCustomersAreRegistered() {
        registry.claim(ACME_CODE, ACME);
        registry.claim(GLOBEX_CODE, GLOBEX);
    }

    @Test
    void merges_the_duplicate_into_the_survivor() {
        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, GLOBEX, REASON, null))
                .expectEvents(acmeMergedIntoGlobex());
    }

    @Test
    void carries_the_salesperson_owning_the_duplicate_at_the_merge() {
        fixture.given(acmeRegistered(), acmeHandedOverTo(BOB))
                .when(new MergeCustomer(ACME, GLOBEX, REASON, null))
                .expectEvents(new CustomerMerged(ACME, ACME_CODE, BOB, GLOBEX, REASON));
    }

    @Test
    void closes_the_duplicate_in_the_registry() {
        fixture.given(acmeRegistered()).when(new MergeCustomer(ACME, GLOBEX, REASON, null));

        assertThat(registry.isActive(ACME)).isFalse();
        assertThat(registry.isActive(GLOBEX)).isTrue();
    }

    @Test
    void rejects_merging_a_customer_into_itself() {
        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, ACME, REASON, null))
                .expectException(CustomerMergedIntoItself.class)
                .expectNoEvents();

        assertThat(registry.isActive(ACME)).isTrue();
    }

    @Test
    void rejects_a_survivor_that_was_never_registered() {
        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, CustomerId.of("0a000000-0000-4000-8000-0000000000ff"), REASON, null))
                .expectException(SurvivorNotActive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_survivor_that_is_closed() {
        registry.close(GLOBEX);

        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, GLOBEX, REASON, null))
                .expectException(SurvivorNotActive.class)
                .expectNoEvents();

        assertThat(registry.isActive(ACME)).isTrue();
    }

    @Test
    void rejects_a_merge_without_a_survivor() {
        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, null, REASON, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("survivorId is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_merge_without_a_reason() {
        fixture.given(acmeRegistered())
                .when(new MergeCustomer(ACME, GLOBEX, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_merging_a_customer_already_merged_naming_its_survivor() {
        fixture.given(acmeRegistered(), acmeMergedIntoGlobex())
                .when(new MergeCustomer(ACME, GLOBEX, REASON, null))
                .expectException(CustomerClosed.class)
                .expectExceptionMessage(
                        "customer " + ACME + " was merged into customer " + GLOBEX + " and takes no further commands")
                .expectNoEvents();
    }

    @Test
    void rejects_merging_a_deactivated_customer() {
        fixture.given(acmeRegistered(), acmeDeactivated())
                .when(new MergeCustomer(ACME, GLOBEX, REASON, null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }
}
