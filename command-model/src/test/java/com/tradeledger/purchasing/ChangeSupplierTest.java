package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.CN;
import static com.tradeledger.purchasing.SupplierExamples.EUR;
import static com.tradeledger.purchasing.SupplierExamples.NAME;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.TERMS;
import static com.tradeledger.purchasing.SupplierExamples.deactivated;
import static com.tradeledger.purchasing.SupplierExamples.registered;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ChangeSupplierTest {

    private static final SupplierTerms EURO_TERMS = new SupplierTerms(EUR, 60, 30);

    private final FixtureConfiguration<Supplier> fixture = SupplierExamples.fixtureWith(new InMemorySupplierRegistry());

    @Test
    void changes_the_name_country_and_terms_as_a_whole() {
        fixture.given(registered())
                .when(new ChangeSupplier(NINGBO_METAL, "NB Metal GmbH", CountryCode.of("DE"), EURO_TERMS, null))
                .expectEvents(new SupplierChanged(NINGBO_METAL, "NB Metal GmbH", CountryCode.of("DE"), EURO_TERMS));
    }

    @Test
    void records_nothing_when_nothing_changes() {
        fixture.given(registered())
                .when(new ChangeSupplier(NINGBO_METAL, NAME, CN, TERMS, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changes_a_country_alone() {
        fixture.given(registered())
                .when(new ChangeSupplier(NINGBO_METAL, NAME, null, TERMS, null))
                .expectEvents(new SupplierChanged(NINGBO_METAL, NAME, null, TERMS));
    }

    @Test
    void rejects_changing_a_deactivated_supplier() {
        fixture.given(registered(), deactivated())
                .when(new ChangeSupplier(NINGBO_METAL, "NB Metal GmbH", CN, TERMS, null))
                .expectException(SupplierNotActive.class)
                .expectExceptionMessage("supplier " + NINGBO_METAL + " was deactivated and takes no further business")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_name() {
        fixture.given(registered())
                .when(new ChangeSupplier(NINGBO_METAL, "", CN, TERMS, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_missing_terms() {
        fixture.given(registered())
                .when(new ChangeSupplier(NINGBO_METAL, NAME, CN, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("terms is required and was missing or blank")
                .expectNoEvents();
    }
}
