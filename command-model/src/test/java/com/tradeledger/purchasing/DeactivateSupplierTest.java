package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.deactivated;
import static com.tradeledger.purchasing.SupplierExamples.registered;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DeactivateSupplierTest {

    private final FixtureConfiguration<Supplier> fixture = SupplierExamples.fixtureWith(new InMemorySupplierRegistry());

    @Test
    void deactivates_an_active_supplier_for_the_reason_given() {
        fixture.given(registered())
                .when(new DeactivateSupplier(NINGBO_METAL, "failed the factory audit", null))
                .expectEvents(deactivated());
    }

    @Test
    void rejects_deactivating_twice() {
        fixture.given(registered(), deactivated())
                .when(new DeactivateSupplier(NINGBO_METAL, "again", null))
                .expectException(SupplierNotActive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_reason() {
        fixture.given(registered())
                .when(new DeactivateSupplier(NINGBO_METAL, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }
}
