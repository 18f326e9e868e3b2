package com.tradeledger.contracting;

import static com.tradeledger.contracting.Contracts.BRACKET;
import static com.tradeledger.contracting.Contracts.BRACKET_SKU;
import static com.tradeledger.contracting.Contracts.CTN;
import static com.tradeledger.contracting.Contracts.PCS;
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
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Base quantities as the product's own events define its units. */
class EventSourcedProductUnitsTest {

    private static final UnitOfMeasure PALLET = UnitOfMeasure.of("PLT");

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final ProductUnits units = new EventSourcedProductUnits(aggregates.eventStore());

    @BeforeEach
    void bracketsComeInCartonsOfTwelve() {
        aggregates.given(
                Product.class,
                BRACKET,
                new ProductRegistered(
                        BRACKET,
                        BRACKET_SKU,
                        "Steel shelf bracket 200 mm",
                        "Hardware",
                        ProductSource.OWN,
                        PCS,
                        List.of(new UnitConversion(CTN, new BigDecimal("12"))),
                        null,
                        null,
                        List.of()));
    }

    @Test
    void counts_cartons_in_pieces() {
        assertThat(baseQuantity(BRACKET, "10", CTN)).isEqualTo(new BaseQuantity(new BigDecimal("120"), PCS));
    }

    @Test
    void counts_the_base_unit_as_it_is() {
        assertThat(baseQuantity(BRACKET, "7", PCS)).isEqualTo(new BaseQuantity(new BigDecimal("7"), PCS));
    }

    @Test
    void counts_in_the_units_last_defined() {
        aggregates.given(
                Product.class,
                BRACKET,
                new UnitConversionsDefined(BRACKET, PCS, List.of(new UnitConversion(PALLET, new BigDecimal("960")))));

        assertThat(baseQuantity(BRACKET, "2", PALLET)).isEqualTo(new BaseQuantity(new BigDecimal("1920"), PCS));
        assertThatThrownBy(() -> baseQuantity(BRACKET, "1", CTN)).isInstanceOf(NoConversionToBaseUnit.class);
    }

    @Test
    void rejects_a_unit_the_product_is_not_counted_in() {
        assertThatThrownBy(() -> baseQuantity(BRACKET, "1", UnitOfMeasure.of("KG")))
                .isInstanceOf(NoConversionToBaseUnit.class)
                .hasMessage("BRK-200 cannot be counted in KG; its units are PCS, CTN");
    }

    @Test
    void rejects_a_product_never_registered() {
        ProductId unregistered = ProductId.of("0b000000-0000-4000-8000-0000000000ff");

        assertThatThrownBy(() -> baseQuantity(unregistered, "1", PCS)).isInstanceOf(UnknownProduct.class);
    }

    private BaseQuantity baseQuantity(ProductId productId, String quantity, UnitOfMeasure unit) {
        return aggregates.inUnitOfWork(() -> units.baseQuantity(productId, new BigDecimal(quantity), unit));
    }
}
