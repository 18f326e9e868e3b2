package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.HS_BRACKET;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ReclassifyProductTest {

    private static final HsCode HS_SHELVING = HsCode.of("9403.20.00");

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void reclassifies_the_product_under_a_new_category_and_hs_code() {
        fixture.given(bracketRegistered())
                .when(new ReclassifyProduct(BRACKET, "Shelving", HS_SHELVING, null))
                .expectEvents(new ProductReclassified(BRACKET, "Shelving", HS_SHELVING));
    }

    @Test
    void reclassifies_under_a_new_hs_code_alone() {
        fixture.given(bracketRegistered())
                .when(new ReclassifyProduct(BRACKET, "Hardware", HS_SHELVING, null))
                .expectEvents(new ProductReclassified(BRACKET, "Hardware", HS_SHELVING));
    }

    @Test
    void records_nothing_when_category_and_hs_code_are_unchanged() {
        fixture.given(bracketRegistered())
                .when(new ReclassifyProduct(BRACKET, "Hardware", HS_BRACKET, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_category() {
        fixture.given(bracketRegistered())
                .when(new ReclassifyProduct(BRACKET, " ", HS_SHELVING, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("category is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_reclassifying_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new ReclassifyProduct(BRACKET, "Shelving", HS_SHELVING, null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
