package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.CARTON_OF_12;
import static com.tradeledger.products.Products.PALLET_OF_960;
import static com.tradeledger.products.Products.PCS;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DefineUnitConversionsTest {

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void defines_the_conversions_against_the_base_unit() {
        fixture.given(bracketRegistered())
                .when(new DefineUnitConversions(BRACKET, List.of(CARTON_OF_12, PALLET_OF_960), null))
                .expectEvents(new UnitConversionsDefined(BRACKET, PCS, List.of(CARTON_OF_12, PALLET_OF_960)));
    }

    @Test
    void leaves_only_the_base_unit_when_no_conversion_is_given() {
        fixture.given(bracketRegistered())
                .when(new DefineUnitConversions(BRACKET, List.of(), null))
                .expectEvents(new UnitConversionsDefined(BRACKET, PCS, List.of()));
    }

    @Test
    void rejects_a_conversion_that_redefines_the_base_unit() {
        fixture.given(bracketRegistered())
                .when(new DefineUnitConversions(
                        BRACKET, List.of(CARTON_OF_12, new UnitConversion(PCS, new BigDecimal("2"))), null))
                .expectException(ConversionRedefinesBaseUnit.class)
                .expectExceptionMessage("PCS is the product's base unit; a unit conversion cannot redefine it")
                .expectNoEvents();
    }

    @Test
    void rejects_two_conversions_for_one_unit() {
        fixture.given(bracketRegistered())
                .when(new DefineUnitConversions(BRACKET, List.of(PALLET_OF_960, PALLET_OF_960), null))
                .expectException(UnitConvertedTwice.class)
                .expectNoEvents();
    }

    @Test
    void rejects_conversions_for_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new DefineUnitConversions(BRACKET, List.of(CARTON_OF_12), null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
