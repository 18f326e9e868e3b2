package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.BRACKET;
import static com.tradeledger.quoting.Quotes.BRACKET_SKU;
import static com.tradeledger.quoting.Quotes.CARTON_TIER;
import static com.tradeledger.quoting.Quotes.CTN;
import static com.tradeledger.quoting.Quotes.EUR;
import static com.tradeledger.quoting.Quotes.PCS;
import static com.tradeledger.quoting.Quotes.PRICED_ON;
import static com.tradeledger.quoting.Quotes.UNREGISTERED;
import static com.tradeledger.quoting.Quotes.USD;
import static com.tradeledger.quoting.Quotes.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.EventSourcedAggregates;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.PriceList;
import com.tradeledger.products.PriceListSet;
import com.tradeledger.products.PriceTier;
import com.tradeledger.products.Product;
import com.tradeledger.products.ProductDiscontinued;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductIsDiscontinued;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.ProductSource;
import com.tradeledger.products.SalePrice;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prices as the product aggregate gives them: per base unit in its lists, per unit of the sale in the answer. */
class AggregateProductPricesTest {

    private static final UnitOfMeasure PALLET = UnitOfMeasure.of("PLT");
    private static final PriceTier GRADE_A_TIER =
            new PriceTier("grade A", BigDecimal.ZERO, CustomerGrade.A, null, null, usd("10.50"));

    private final EventSourcedAggregates aggregates = new EventSourcedAggregates();
    private final ProductPrices prices = new AggregateProductPrices(aggregates.repositoryOf(Product.class));

    @BeforeEach
    void theBracketIsListedInUsd() {
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
                        List.of()),
                new PriceListSet(
                        BRACKET,
                        new PriceList(
                                USD, usd("12.00"), List.of(CARTON_TIER, GRADE_A_TIER), usd("10.00"), usd("7.00"))));
    }

    @Test
    void prices_pieces_short_of_a_tier_at_the_list_price_with_the_floor() {
        assertThat(price("11", PCS, CustomerGrade.B, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, PCS, usd("12.00"), null, usd("10.00")));
    }

    @Test
    void prices_pieces_that_reach_a_tier_at_the_tier() {
        assertThat(price("12", PCS, CustomerGrade.B, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, PCS, usd("11.00"), CARTON_TIER, usd("10.00")));
    }

    @Test
    void prices_cartons_per_carton_from_the_tier_their_pieces_reach() {
        assertThat(price("2", CTN, CustomerGrade.B, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, CTN, usd("132.00"), CARTON_TIER, usd("120.00")));
    }

    @Test
    void prices_for_the_customers_grade() {
        assertThat(price("5", PCS, CustomerGrade.A, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, PCS, usd("10.50"), GRADE_A_TIER, usd("10.00")));
    }

    @Test
    void counts_in_the_base_unit_when_no_unit_is_given() {
        assertThat(price("11", null, CustomerGrade.B, USD).unit()).isEqualTo(PCS);
    }

    @Test
    void answers_unlisted_when_the_product_has_no_list_in_the_currency() {
        assertThat(price("11", PCS, CustomerGrade.B, EUR)).isEqualTo(SalePrice.unlisted(BRACKET_SKU, PCS));
    }

    @Test
    void prices_from_the_list_last_set_for_the_currency() {
        aggregates.given(
                Product.class, BRACKET, new PriceListSet(BRACKET, new PriceList(USD, usd("13.00"), null, null, null)));

        assertThat(price("12", PCS, CustomerGrade.B, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, PCS, usd("13.00"), null, null));
    }

    @Test
    void counts_in_the_units_last_defined() {
        aggregates.given(
                Product.class,
                BRACKET,
                new UnitConversionsDefined(BRACKET, PCS, List.of(new UnitConversion(PALLET, new BigDecimal("960")))));

        assertThat(price("1", PALLET, CustomerGrade.B, USD))
                .isEqualTo(new SalePrice(BRACKET_SKU, PALLET, usd("10560.00"), CARTON_TIER, usd("9600.00")));
        assertThatThrownBy(() -> price("1", CTN, CustomerGrade.B, USD)).isInstanceOf(NoConversionToBaseUnit.class);
    }

    @Test
    void rejects_a_unit_the_product_is_not_counted_in() {
        assertThatThrownBy(() -> price("1", UnitOfMeasure.of("KG"), CustomerGrade.B, USD))
                .isInstanceOf(NoConversionToBaseUnit.class)
                .hasMessage("BRK-200 cannot be counted in KG; its units are PCS, CTN");
    }

    @Test
    void rejects_a_discontinued_product() {
        aggregates.given(Product.class, BRACKET, new ProductDiscontinued(BRACKET, "replaced by BRK-300"));

        assertThatThrownBy(() -> price("1", PCS, CustomerGrade.B, USD))
                .isInstanceOf(ProductIsDiscontinued.class)
                .hasMessage("product " + BRACKET + " was discontinued and is no longer sold");
    }

    @Test
    void rejects_a_product_never_registered() {
        assertThatThrownBy(() -> price(UNREGISTERED))
                .isInstanceOf(UnknownProduct.class)
                .hasMessage("product " + UNREGISTERED + " is not a registered product");
    }

    private SalePrice price(String quantity, UnitOfMeasure unit, CustomerGrade grade, Currency currency) {
        return aggregates.inUnitOfWork(
                () -> prices.price(BRACKET, grade, new BigDecimal(quantity), unit, PRICED_ON, currency));
    }

    private SalePrice price(ProductId productId) {
        return aggregates.inUnitOfWork(
                () -> prices.price(productId, CustomerGrade.B, BigDecimal.ONE, PCS, PRICED_ON, USD));
    }
}
