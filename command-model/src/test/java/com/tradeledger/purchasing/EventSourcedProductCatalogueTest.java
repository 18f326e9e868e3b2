package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET_IN_CARTONS;
import static com.tradeledger.purchasing.SupplierExamples.BRACKET_SKU;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.Product;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.ProductSource;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Products as their own events define their SKU and units. */
class EventSourcedProductCatalogueTest {

    private static final UnitOfMeasure PALLET = UnitOfMeasure.of("PLT");

    private final EventSourcedAggregates histories = new EventSourcedAggregates();
    private final ProductCatalogue catalogue = new EventSourcedProductCatalogue(histories.eventStore());

    @BeforeEach
    void bracketsComeInCartonsOfTwelve() {
        histories.given(
                Product.class,
                BRACKET,
                new ProductRegistered(
                        BRACKET,
                        BRACKET_SKU,
                        "Steel shelf bracket 200 mm",
                        "Hardware",
                        ProductSource.SUPPLIER,
                        PCS,
                        List.of(new UnitConversion(CTN, new BigDecimal("12"))),
                        null,
                        null,
                        List.of()));
    }

    @Test
    void reads_the_sku_and_units_of_a_registered_product() {
        assertThat(find(BRACKET)).contains(BRACKET_IN_CARTONS);
    }

    @Test
    void counts_cartons_in_pieces() {
        assertThat(find(BRACKET).orElseThrow().baseQuantity(BigDecimal.TEN, CTN))
                .isEqualTo(new BigDecimal("120"));
    }

    @Test
    void counts_in_the_units_last_defined() {
        histories.given(
                Product.class,
                BRACKET,
                new UnitConversionsDefined(BRACKET, PCS, List.of(new UnitConversion(PALLET, new BigDecimal("960")))));

        CataloguedProduct bracket = find(BRACKET).orElseThrow();

        assertThat(bracket.baseQuantity(BigDecimal.ONE, PALLET)).isEqualTo(new BigDecimal("960"));
        assertThatThrownBy(() -> bracket.baseQuantity(BigDecimal.ONE, CTN))
                .isInstanceOf(NoConversionToBaseUnit.class)
                .hasMessage("BRK-200 cannot be counted in CTN; its units are PCS, PLT");
    }

    @Test
    void knows_no_product_never_registered() {
        assertThat(find(ProductId.of("0b000000-0000-4000-8000-0000000000ff"))).isEmpty();
    }

    private Optional<CataloguedProduct> find(ProductId productId) {
        return histories.inUnitOfWork(() -> catalogue.find(productId));
    }
}
