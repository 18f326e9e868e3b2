package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Suppliers for tests: NINGBO_METAL (code NB-METAL), a Chinese supplier selling in USD on 30 days with a usual lead
 * time of 45 days; BRACKET, a product counted in pieces and in cartons of twelve. Every value is fixed so that a
 * failing test prints the same thing every time.
 */
final class SupplierExamples {

    static final SupplierId NINGBO_METAL = SupplierId.of("5a000000-0000-4000-8000-000000000001");
    static final SupplierId SHENZHEN_PARTS = SupplierId.of("5a000000-0000-4000-8000-000000000002");
    static final SupplierCode NB_METAL = SupplierCode.of("NB-METAL");
    static final String NAME = "Ningbo Metal Works Co., Ltd.";
    static final CountryCode CN = CountryCode.of("CN");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final SupplierTerms TERMS = new SupplierTerms(USD, 30, 45);
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final Sku BRACKET_SKU = Sku.of("BRK-200");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final CataloguedProduct BRACKET_IN_CARTONS =
            new CataloguedProduct(BRACKET, BRACKET_SKU, PCS, List.of(new UnitConversion(CTN, new BigDecimal("12"))));

    private SupplierExamples() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static PriceBreak from(String minQuantity, Money unitPrice) {
        return new PriceBreak(new BigDecimal(minQuantity), unitPrice);
    }

    static RegisterSupplier register() {
        return new RegisterSupplier(NINGBO_METAL, NB_METAL, NAME, CN, TERMS);
    }

    static SupplierRegistered registered() {
        return new SupplierRegistered(NINGBO_METAL, NB_METAL, NAME, CN, TERMS);
    }

    static SupplierDeactivated deactivated() {
        return new SupplierDeactivated(NINGBO_METAL, "failed the factory audit");
    }

    /** A fixture for the supplier aggregate, with its code table and a catalogue that holds BRACKET. */
    static FixtureConfiguration<Supplier> fixtureWith(SupplierRegistry registry) {
        FixtureConfiguration<Supplier> fixture = new AggregateTestFixture<>(Supplier.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(new InMemoryProductCatalogue().with(BRACKET_IN_CARTONS));
        return fixture;
    }
}
