package com.tradeledger.products;

import static com.tradeledger.products.Products.BOLT;
import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.ONE_WASHER;
import static com.tradeledger.products.Products.PCS;
import static com.tradeledger.products.Products.TWO_BOLTS;
import static com.tradeledger.products.Products.WASHER;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class DefineBillOfMaterialsTest {

    private static final BomLine THREE_BOLTS = new BomLine(BOLT, new BigDecimal("3"), PCS, BomLineKind.COMPONENT, null);

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void replaces_the_bill_of_materials() {
        fixture.given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(THREE_BOLTS, ONE_WASHER), null))
                .expectEvents(new BillOfMaterialsDefined(BRACKET, List.of(THREE_BOLTS, ONE_WASHER)));
    }

    @Test
    void empties_the_bill_of_materials_of_a_product_bought_whole() {
        fixture.given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(), null))
                .expectEvents(new BillOfMaterialsDefined(BRACKET, List.of()));
    }

    @Test
    void rejects_a_component_that_is_not_a_registered_product() {
        ProductId unknown = ProductId.of("0b000000-0000-4000-8000-0000000000ff");

        fixture.given(bracketRegistered())
                .when(new DefineBillOfMaterials(
                        BRACKET,
                        List.of(TWO_BOLTS, new BomLine(unknown, BigDecimal.ONE, PCS, BomLineKind.COMPONENT, null)),
                        null))
                .expectException(UnknownComponent.class)
                .expectNoEvents();
    }

    @Test
    void rejects_the_product_as_its_own_component() {
        fixture.given(bracketRegistered())
                .when(new DefineBillOfMaterials(
                        BRACKET, List.of(new BomLine(BRACKET, BigDecimal.ONE, PCS, BomLineKind.COMPONENT, null)), null))
                .expectException(ProductContainsItself.class)
                .expectExceptionMessage("product " + BRACKET + " cannot be a component of its own bill of materials")
                .expectNoEvents();
    }

    @Test
    void rejects_a_component_listed_twice() {
        fixture.given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS, ONE_WASHER, THREE_BOLTS), null))
                .expectException(ComponentListedTwice.class)
                .expectExceptionMessage(
                        "component " + BOLT + " appears more than once in the bill of materials; give it one line")
                .expectNoEvents();
    }

    @Test
    void accepts_a_component_with_a_bill_of_materials_of_its_own() {
        InMemoryProductComponents components = new InMemoryProductComponents().madeFrom(BOLT, WASHER);

        Products.fixtureWith(Products.registryWithComponents(), components)
                .given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS), null))
                .expectEvents(new BillOfMaterialsDefined(BRACKET, List.of(TWO_BOLTS)));
    }

    @Test
    void rejects_a_component_made_from_the_product() {
        InMemoryProductComponents components = new InMemoryProductComponents().madeFrom(WASHER, BRACKET);

        Products.fixtureWith(Products.registryWithComponents(), components)
                .given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS, ONE_WASHER), null))
                .expectException(BillOfMaterialsCycle.class)
                .expectExceptionMessage("component " + WASHER + " is itself made from product " + BRACKET
                        + "; a bill of materials cannot go round in a cycle")
                .expectNoEvents();
    }

    @Test
    void rejects_a_component_made_from_the_product_deeper_down() {
        ProductId nut = ProductId.of("0b000000-0000-4000-8000-000000000004");
        InMemoryProductComponents components = new InMemoryProductComponents()
                .madeFrom(BOLT, WASHER)
                .madeFrom(WASHER, nut)
                .madeFrom(nut, BRACKET);

        Products.fixtureWith(Products.registryWithComponents(), components)
                .given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS), null))
                .expectException(BillOfMaterialsCycle.class)
                .expectNoEvents();
    }

    @Test
    void walks_a_cycle_among_other_products_to_its_end() {
        InMemoryProductComponents components =
                new InMemoryProductComponents().madeFrom(BOLT, WASHER).madeFrom(WASHER, BOLT);

        Products.fixtureWith(Products.registryWithComponents(), components)
                .given(bracketRegistered())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS), null))
                .expectEvents(new BillOfMaterialsDefined(BRACKET, List.of(TWO_BOLTS)));
    }

    @Test
    void rejects_a_bill_of_materials_for_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new DefineBillOfMaterials(BRACKET, List.of(TWO_BOLTS), null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
