package com.tradeledger.products;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Products for tests: the BRACKET, a steel shelf bracket counted in pieces and packed twelve to a carton, made
 * from two BOLTs and a WASHER. Every value is fixed so that a failing test prints the same thing every time.
 */
final class Products {

    static final ProductId BRACKET = new ProductId(UUID.fromString("0b000000-0000-4000-8000-000000000001"));
    static final Sku BRACKET_SKU = Sku.of("BRK-200");
    static final ProductId BOLT = new ProductId(UUID.fromString("0b000000-0000-4000-8000-000000000002"));
    static final Sku BOLT_SKU = Sku.of("BOLT-M8");
    static final ProductId WASHER = new ProductId(UUID.fromString("0b000000-0000-4000-8000-000000000003"));
    static final Sku WASHER_SKU = Sku.of("WSH-M8");
    static final SupplierId HAMBURG_STEEL = new SupplierId(UUID.fromString("0c000000-0000-4000-8000-000000000001"));
    static final SupplierId NINGBO_METAL = new SupplierId(UUID.fromString("0c000000-0000-4000-8000-000000000002"));
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final UnitOfMeasure PALLET = UnitOfMeasure.of("PLT");
    static final UnitConversion CARTON_OF_12 = new UnitConversion(CTN, new BigDecimal("12"));
    static final UnitConversion PALLET_OF_960 = new UnitConversion(PALLET, new BigDecimal("960"));
    static final BomLine TWO_BOLTS = new BomLine(BOLT, new BigDecimal("2"), PCS, BomLineKind.COMPONENT, null);
    static final BomLine ONE_WASHER = new BomLine(WASHER, BigDecimal.ONE, PCS, BomLineKind.COMPONENT, "zinc plated");
    static final HsCode HS_BRACKET = HsCode.of("8302.50.00");

    private Products() {}

    /** A fixture for the product aggregate, with the registry its command handlers consult; no product has components. */
    static FixtureConfiguration<Product> fixtureWith(ProductRegistry registry) {
        return fixtureWith(registry, new InMemoryProductComponents());
    }

    /** A fixture for the product aggregate, with the registry and the other products' components it consults. */
    static FixtureConfiguration<Product> fixtureWith(ProductRegistry registry, ProductComponents components) {
        FixtureConfiguration<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(components);
        return fixture;
    }

    /** A registry that already holds the bracket's components. */
    static InMemoryProductRegistry registryWithComponents() {
        InMemoryProductRegistry registry = new InMemoryProductRegistry();
        registry.claim(BOLT_SKU, BOLT);
        registry.claim(WASHER_SKU, WASHER);
        return registry;
    }

    static Registration bracket() {
        return new Registration();
    }

    static ProductRegistered bracketRegistered() {
        return bracket().registered();
    }

    static ProductDiscontinued bracketDiscontinued() {
        return new ProductDiscontinued(BRACKET, "replaced by BRK-300");
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** USD 12.00 a piece, 11.00 from a carton, 10.50 for grade A; never below 10.00; costs 7.00. */
    static PriceList usdPriceList() {
        return new PriceList(
                Currency.getInstance("USD"),
                usd("12.00"),
                List.of(
                        cartonTier(),
                        new PriceTier("grade A", BigDecimal.ZERO, CustomerGrade.A, null, null, usd("10.50"))),
                usd("10.00"),
                usd("7.00"));
    }

    static PriceTier cartonTier() {
        return new PriceTier("carton", new BigDecimal("12"), null, null, null, usd("11.00"));
    }

    static PriceList usdPriceListWithTiers(PriceTier... tiers) {
        return new PriceList(Currency.getInstance("USD"), usd("12.00"), List.of(tiers), usd("10.00"), usd("7.00"));
    }

    static PriceTier promotion(String label, LocalDate from, LocalDate to, Money price) {
        return new PriceTier(label, new BigDecimal("12"), null, from, to, price);
    }

    /** The bracket's registration, as a command and as the event it must produce; each {@code with} changes one value. */
    static final class Registration {

        private Sku sku = BRACKET_SKU;
        private String name = "Steel shelf bracket 200 mm";
        private String category = "Hardware";
        private ProductSource source = ProductSource.OWN;
        private UnitOfMeasure baseUnit = PCS;
        private List<UnitConversion> conversions = List.of(CARTON_OF_12);
        private final HsCode hsCode = HS_BRACKET;
        private final SupplierId defaultSupplier = HAMBURG_STEEL;
        private List<BomLine> billOfMaterials = List.of(TWO_BOLTS, ONE_WASHER);

        Registration withSku(Sku sku) {
            this.sku = sku;
            return this;
        }

        Registration withName(String name) {
            this.name = name;
            return this;
        }

        Registration withCategory(String category) {
            this.category = category;
            return this;
        }

        Registration withSource(ProductSource source) {
            this.source = source;
            return this;
        }

        Registration withBaseUnit(UnitOfMeasure baseUnit) {
            this.baseUnit = baseUnit;
            return this;
        }

        Registration withConversions(UnitConversion... conversions) {
            this.conversions = List.of(conversions);
            return this;
        }

        Registration withBillOfMaterials(BomLine... lines) {
            this.billOfMaterials = List.of(lines);
            return this;
        }

        RegisterProduct command() {
            return new RegisterProduct(
                    BRACKET,
                    sku,
                    name,
                    category,
                    source,
                    baseUnit,
                    conversions,
                    hsCode,
                    defaultSupplier,
                    billOfMaterials);
        }

        ProductRegistered registered() {
            return new ProductRegistered(
                    BRACKET,
                    sku,
                    name,
                    category,
                    source,
                    baseUnit,
                    conversions,
                    hsCode,
                    defaultSupplier,
                    billOfMaterials);
        }
    }
}
