package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RenameProductTest {

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void renames_the_product_recording_the_previous_name() {
        fixture.given(bracketRegistered())
                .when(new RenameProduct(BRACKET, "Shelf bracket, steel, 200 mm", null))
                .expectEvents(
                        new ProductRenamed(BRACKET, "Steel shelf bracket 200 mm", "Shelf bracket, steel, 200 mm"));
    }

    @Test
    void records_nothing_when_the_name_is_unchanged() {
        fixture.given(bracketRegistered())
                .when(new RenameProduct(BRACKET, "Steel shelf bracket 200 mm", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void compares_with_the_name_after_the_last_rename() {
        fixture.given(bracketRegistered(), new ProductRenamed(BRACKET, "Steel shelf bracket 200 mm", "Bracket"))
                .when(new RenameProduct(BRACKET, "Steel shelf bracket 200 mm", null))
                .expectEvents(new ProductRenamed(BRACKET, "Bracket", "Steel shelf bracket 200 mm"));
    }

    @Test
    void rejects_a_blank_name() {
        fixture.given(bracketRegistered())
                .when(new RenameProduct(BRACKET, "   ", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_renaming_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new RenameProduct(BRACKET, "Bracket", null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
