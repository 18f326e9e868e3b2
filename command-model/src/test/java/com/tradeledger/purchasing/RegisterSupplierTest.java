package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.CN;
import static com.tradeledger.purchasing.SupplierExamples.NAME;
import static com.tradeledger.purchasing.SupplierExamples.NB_METAL;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.SHENZHEN_PARTS;
import static com.tradeledger.purchasing.SupplierExamples.TERMS;
import static com.tradeledger.purchasing.SupplierExamples.register;
import static com.tradeledger.purchasing.SupplierExamples.registered;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RegisterSupplierTest {

    private final InMemorySupplierRegistry registry = new InMemorySupplierRegistry();
    private final FixtureConfiguration<Supplier> fixture = SupplierExamples.fixtureWith(registry);

    @Test
    void registers_a_supplier_under_a_free_code() {
        fixture.givenNoPriorActivity().when(register()).expectEvents(registered());

        assertThat(registry.holderOf(NB_METAL)).contains(NINGBO_METAL);
    }

    @Test
    void registers_a_supplier_without_a_country() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(NINGBO_METAL, NB_METAL, NAME, null, TERMS))
                .expectEvents(new SupplierRegistered(NINGBO_METAL, NB_METAL, NAME, null, TERMS));
    }

    @Test
    void rejects_a_code_already_registered() {
        registry.claim(NB_METAL, SHENZHEN_PARTS);

        fixture.givenNoPriorActivity()
                .when(register())
                .expectException(SupplierCodeAlreadyRegistered.class)
                .expectExceptionMessage("supplier code NB-METAL is already registered to another supplier")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_name_and_claims_no_code() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(NINGBO_METAL, NB_METAL, " ", CN, TERMS))
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();

        assertThat(registry.holderOf(NB_METAL)).isEmpty();
    }

    @Test
    void rejects_missing_terms() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(NINGBO_METAL, NB_METAL, NAME, CN, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("terms is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_code() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(NINGBO_METAL, null, NAME, CN, TERMS))
                .expectException(MissingValue.class)
                .expectExceptionMessage("code is required and was missing or blank")
                .expectNoEvents();
    }
}
