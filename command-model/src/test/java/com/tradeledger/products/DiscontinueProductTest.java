package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DiscontinueProductTest {

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void discontinues_the_product_for_the_reason_given() {
        fixture.given(bracketRegistered())
                .when(new DiscontinueProduct(BRACKET, "replaced by BRK-300", null))
                .expectEvents(new ProductDiscontinued(BRACKET, "replaced by BRK-300"));
    }

    @Test
    void rejects_a_discontinuation_without_a_reason() {
        fixture.given(bracketRegistered())
                .when(new DiscontinueProduct(BRACKET, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("reason is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_discontinuing_a_product_twice() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new DiscontinueProduct(BRACKET, "replaced by BRK-300", null))
                .expectException(ProductIsDiscontinued.class)
                .expectExceptionMessage("product " + BRACKET + " was discontinued and takes no further changes")
                .expectNoEvents();
    }
}
