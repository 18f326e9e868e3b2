package com.tradeledger.customers;

import static com.tradeledger.customers.Customers.ACME;
import static com.tradeledger.customers.Customers.ALICE;
import static com.tradeledger.customers.Customers.BOB;
import static com.tradeledger.customers.Customers.acmeDeactivated;
import static com.tradeledger.customers.Customers.acmeHandedOverTo;
import static com.tradeledger.customers.Customers.acmeMergedIntoGlobex;
import static com.tradeledger.customers.Customers.acmeRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Username;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class HandOverCustomerTest {

    private final InMemoryCustomerRegistry registry = new InMemoryCustomerRegistry();
    private final FixtureConfiguration<Customer> fixture = Customers.fixtureWith(registry);

    @Test
    void hands_the_customer_over_from_its_owner() {
        fixture.given(acmeRegistered())
                .when(new HandOverCustomer(ACME, BOB, "alice moved to the Asia desk", null))
                .expectEvents(new CustomerHandedOver(ACME, ALICE, BOB, "alice moved to the Asia desk"));

        assertThat(registry.ownerOf(ACME)).contains(BOB);
    }

    @Test
    void a_refused_handover_leaves_the_owner_as_it_was() {
        registry.assignOwner(ACME, ALICE);
        fixture.given(acmeRegistered())
                .when(new HandOverCustomer(ACME, ALICE, "reassignment", null))
                .expectException(SalespersonAlreadyOwnsCustomer.class);

        assertThat(registry.ownerOf(ACME)).contains(ALICE);
    }

    @Test
    void hands_over_from_whoever_owns_the_customer_now() {
        fixture.given(acmeRegistered(), acmeHandedOverTo(BOB))
                .when(new HandOverCustomer(ACME, Username.of("carol"), "bob on parental leave", null))
                .expectEvents(new CustomerHandedOver(ACME, BOB, Username.of("carol"), "bob on parental leave"));
    }

    @Test
    void rejects_a_handover_to_the_current_owner() {
        fixture.given(acmeRegistered(), acmeHandedOverTo(BOB))
                .when(new HandOverCustomer(ACME, BOB, "reassignment", null))
                .expectException(SalespersonAlreadyOwnsCustomer.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_handover_without_a_salesperson() {
        fixture.given(acmeRegistered())
                .when(new HandOverCustomer(ACME, null, "reassignment", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("toSalesperson is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_handover_without_a_reason() {
        fixture.given(acmeRegistered())
                .when(new HandOverCustomer(ACME, BOB, "", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_handing_over_a_merged_customer() {
        fixture.given(acmeRegistered(), acmeMergedIntoGlobex())
                .when(new HandOverCustomer(ACME, BOB, "reassignment", null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }

    @Test
    void rejects_handing_over_a_deactivated_customer() {
        fixture.given(acmeRegistered(), acmeDeactivated())
                .when(new HandOverCustomer(ACME, BOB, "reassignment", null))
                .expectException(CustomerClosed.class)
                .expectNoEvents();
    }
}
