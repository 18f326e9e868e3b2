package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.HAMBURG_STEEL;
import static com.tradeledger.products.Products.NINGBO_METAL;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ChangeDefaultSupplierTest {

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void changes_the_default_supplier_recording_the_previous_one() {
        fixture.given(bracketRegistered())
                .when(new ChangeDefaultSupplier(BRACKET, NINGBO_METAL, null))
                .expectEvents(new DefaultSupplierChanged(BRACKET, HAMBURG_STEEL, NINGBO_METAL));
    }

    @Test
    void leaves_the_product_without_a_default_supplier() {
        fixture.given(bracketRegistered())
                .when(new ChangeDefaultSupplier(BRACKET, null, null))
                .expectEvents(new DefaultSupplierChanged(BRACKET, HAMBURG_STEEL, null));
    }

    @Test
    void records_nothing_when_the_supplier_is_unchanged() {
        fixture.given(bracketRegistered(), new DefaultSupplierChanged(BRACKET, HAMBURG_STEEL, NINGBO_METAL))
                .when(new ChangeDefaultSupplier(BRACKET, NINGBO_METAL, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejects_changing_the_supplier_of_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new ChangeDefaultSupplier(BRACKET, NINGBO_METAL, null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
