package com.tradeledger.products;

import static com.tradeledger.products.Products.BOLT;
import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.BRACKET_SKU;
import static com.tradeledger.products.Products.CARTON_OF_12;
import static com.tradeledger.products.Products.CTN;
import static com.tradeledger.products.Products.PCS;
import static com.tradeledger.products.Products.TWO_BOLTS;
import static com.tradeledger.products.Products.bracket;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.MissingValue;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class RegisterProductTest {

    private final InMemoryProductRegistry registry = Products.registryWithComponents();
    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(registry);

    @Test
    void registers_a_product_under_a_free_sku() {
        fixture.givenNoPriorActivity()
                .when(bracket().command())
                .expectEvents(bracket().registered());

        assertThat(registry.holderOf(BRACKET_SKU)).contains(BRACKET);
    }

    @Test
    void registers_a_product_bought_whole_in_its_base_unit_only() {
        fixture.givenNoPriorActivity()
                .when(bracket().withConversions().withBillOfMaterials().command())
                .expectEvents(bracket().withConversions().withBillOfMaterials().registered());
    }

    @Test
    void rejects_a_sku_already_registered() {
        registry.claim(BRACKET_SKU, BOLT);

        fixture.givenNoPriorActivity()
                .when(bracket().command())
                .expectException(SkuAlreadyRegistered.class)
                .expectExceptionMessage("SKU BRK-200 is already registered to another product")
                .expectNoEvents();
    }

    @Test
    void rejects_a_conversion_that_redefines_the_base_unit() {
        fixture.givenNoPriorActivity()
                .when(bracket()
                        .withConversions(new UnitConversion(PCS, BigDecimal.TEN))
                        .command())
                .expectException(ConversionRedefinesBaseUnit.class)
                .expectNoEvents();

        assertThat(registry.holderOf(BRACKET_SKU)).isEmpty();
    }

    @Test
    void rejects_two_conversions_for_one_unit() {
        fixture.givenNoPriorActivity()
                .when(bracket()
                        .withConversions(CARTON_OF_12, new UnitConversion(CTN, new BigDecimal("24")))
                        .command())
                .expectException(UnitConvertedTwice.class)
                .expectExceptionMessage("unit CTN has more than one conversion; give it exactly one")
                .expectNoEvents();
    }

    @Test
    void rejects_a_component_that_is_not_a_registered_product() {
        ProductId unknown = ProductId.of("0b000000-0000-4000-8000-0000000000ff");

        fixture.givenNoPriorActivity()
                .when(bracket()
                        .withBillOfMaterials(
                                TWO_BOLTS, new BomLine(unknown, BigDecimal.ONE, PCS, BomLineKind.PACKING, null))
                        .command())
                .expectException(UnknownComponent.class)
                .expectExceptionMessage("component " + unknown + " is not a registered product")
                .expectNoEvents();
    }

    @Test
    void rejects_a_product_in_its_own_bill_of_materials() {
        fixture.givenNoPriorActivity()
                .when(bracket()
                        .withBillOfMaterials(new BomLine(BRACKET, BigDecimal.ONE, PCS, BomLineKind.COMPONENT, null))
                        .command())
                .expectException(ProductContainsItself.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_component_listed_twice() {
        fixture.givenNoPriorActivity()
                .when(bracket()
                        .withBillOfMaterials(
                                TWO_BOLTS, new BomLine(BOLT, BigDecimal.ONE, PCS, BomLineKind.PACKING, null))
                        .command())
                .expectException(ComponentListedTwice.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_sku() {
        fixture.givenNoPriorActivity()
                .when(bracket().withSku(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("sku is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_name() {
        fixture.givenNoPriorActivity()
                .when(bracket().withName(" ").command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("name is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_category() {
        fixture.givenNoPriorActivity()
                .when(bracket().withCategory("").command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("category is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_source() {
        fixture.givenNoPriorActivity()
                .when(bracket().withSource(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("source is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_base_unit() {
        fixture.givenNoPriorActivity()
                .when(bracket().withBaseUnit(null).command())
                .expectException(MissingValue.class)
                .expectExceptionMessage("baseUnit is required and was missing or blank")
                .expectNoEvents();
    }
}
