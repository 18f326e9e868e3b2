package com.tradeledger.products;

import static com.tradeledger.products.ProductEvents.CTN;
import static com.tradeledger.products.ProductEvents.DESK_LAMP;
import static com.tradeledger.products.ProductEvents.GRADE_A_TIER;
import static com.tradeledger.products.ProductEvents.LAMP_SHADE;
import static com.tradeledger.products.ProductEvents.PCS;
import static com.tradeledger.products.ProductEvents.REGISTERED_AT;
import static com.tradeledger.products.ProductEvents.SPRING_PROMOTION;
import static com.tradeledger.products.ProductEvents.VOLUME_TIER;
import static com.tradeledger.products.ProductEvents.deskLampRegistered;
import static com.tradeledger.products.ProductEvents.dollarPrices;
import static com.tradeledger.products.ProductEvents.eur;
import static com.tradeledger.products.ProductEvents.euroPrices;
import static com.tradeledger.products.ProductEvents.hoursLater;
import static com.tradeledger.products.ProductEvents.priceListSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnitPriceTest {

    private static final LocalDate IN_MAY = LocalDate.of(2025, 5, 12);
    private static final LocalDate IN_APRIL = LocalDate.of(2025, 4, 15);
    private static final Currency EUR = Currency.getInstance("EUR");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ProductCatalogueProjection projection;
    private ProductCatalogueQueries queries;

    /** The desk lamp, in pieces and cartons of 12, priced in euros and in dollars. */
    @BeforeEach
    void pricedDeskLamp() {
        database.clear("product_catalogue");
        var catalogue = new ProductCatalogue(database.jdbc());
        projection = new ProductCatalogueProjection(catalogue);
        queries = new ProductCatalogueQueries(catalogue);
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        projection.on(priceListSet(DESK_LAMP, euroPrices()), 1, hoursLater(1));
        projection.on(priceListSet(DESK_LAMP, dollarPrices("11.00")), 2, hoursLater(2));
    }

    @Test
    void the_list_price_applies_when_no_tier_does() {
        UnitPriceView price = priceOf(CustomerGrade.B, "10", PCS, IN_MAY);

        assertThat(price.unitPrice()).isEqualTo(eur("10.00"));
        assertThat(price.baseUnitPrice()).isEqualTo(eur("10.00"));
        assertThat(price.tier()).isNull();
    }

    @Test
    void a_quantity_tier_applies_from_its_minimum_quantity() {
        assertThat(priceOf(CustomerGrade.B, "99", PCS, IN_MAY).tier()).isNull();

        UnitPriceView price = priceOf(CustomerGrade.B, "100", PCS, IN_MAY);

        assertThat(price.unitPrice()).isEqualTo(eur("9.00"));
        assertThat(price.tier()).isEqualTo(VOLUME_TIER);
    }

    @Test
    void a_grade_tier_applies_only_to_its_grade() {
        assertThat(priceOf(CustomerGrade.B, "10", PCS, IN_MAY).tier()).isNull();

        UnitPriceView price = priceOf(CustomerGrade.A, "10", PCS, IN_MAY);

        assertThat(price.unitPrice()).isEqualTo(eur("9.50"));
        assertThat(price.tier()).isEqualTo(GRADE_A_TIER);
    }

    @Test
    void a_promotion_applies_only_within_its_dates() {
        assertThat(priceOf(CustomerGrade.B, "10", PCS, LocalDate.of(2025, 3, 31))
                        .tier())
                .isNull();
        assertThat(priceOf(CustomerGrade.B, "10", PCS, LocalDate.of(2025, 4, 1)).tier())
                .isEqualTo(SPRING_PROMOTION);
        assertThat(priceOf(CustomerGrade.B, "10", PCS, LocalDate.of(2025, 4, 30))
                        .unitPrice())
                .isEqualTo(eur("8.00"));
        assertThat(priceOf(CustomerGrade.B, "10", PCS, LocalDate.of(2025, 5, 1)).tier())
                .isNull();
    }

    @Test
    void the_lowest_of_the_tiers_that_apply_wins_wherever_it_is_listed() {
        // Grade A, 500 pieces in April: all three apply; the cheapest is listed between the other two.
        setEuroTiers(VOLUME_TIER, SPRING_PROMOTION, GRADE_A_TIER);

        UnitPriceView price = priceOf(CustomerGrade.A, "500", PCS, IN_APRIL);

        assertThat(price.tier()).isEqualTo(SPRING_PROMOTION);
        assertThat(price.unitPrice()).isEqualTo(eur("8.00"));
    }

    @Test
    void a_cheaper_generic_tier_beats_a_more_specific_dearer_one() {
        var gradeAVolumeInApril = new PriceTier(
                "grade A, 100 pieces or more, in April",
                new BigDecimal("100"),
                CustomerGrade.A,
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 30),
                eur("9.20"));
        // Grade A, 200 pieces in April: all three apply; the generic volume tier is the cheapest.
        setEuroTiers(GRADE_A_TIER, VOLUME_TIER, gradeAVolumeInApril);

        UnitPriceView price = priceOf(CustomerGrade.A, "200", PCS, IN_APRIL);

        assertThat(price.tier()).isEqualTo(VOLUME_TIER);
        assertThat(price.unitPrice()).isEqualTo(eur("9.00"));
    }

    @Test
    void a_grade_tier_above_the_list_price_is_a_surcharge() {
        var gradeDSurcharge = new PriceTier("grade D surcharge", null, CustomerGrade.D, null, null, eur("10.80"));
        setEuroTiers(VOLUME_TIER, gradeDSurcharge);

        UnitPriceView price = priceOf(CustomerGrade.D, "10", PCS, IN_MAY);

        assertThat(price.tier()).isEqualTo(gradeDSurcharge);
        assertThat(price.unitPrice()).isEqualTo(eur("10.80"));
    }

    @Test
    void a_carton_is_priced_as_its_twelve_pieces() {
        UnitPriceView price = priceOf(CustomerGrade.B, "10", CTN, IN_MAY);

        assertThat(price.quantity()).isEqualByComparingTo("10");
        assertThat(price.unit()).isEqualTo(CTN);
        assertThat(price.baseQuantity()).isEqualByComparingTo("120");
        assertThat(price.baseUnit()).isEqualTo(PCS);
        assertThat(price.tier()).as("120 pieces reach the volume tier").isEqualTo(VOLUME_TIER);
        assertThat(price.baseUnitPrice()).isEqualTo(eur("9.00"));
        assertThat(price.unitPrice()).isEqualTo(eur("108.00"));
    }

    @Test
    void the_answer_names_the_product_and_the_sale() {
        UnitPriceView price = priceOf(CustomerGrade.C, "3", PCS, IN_MAY);

        assertThat(price.productId()).isEqualTo(DESK_LAMP);
        assertThat(price.sku()).isEqualTo(Sku.of("LAMP-DESK-01"));
        assertThat(price.grade()).isEqualTo(CustomerGrade.C);
        assertThat(price.date()).isEqualTo(IN_MAY);
    }

    @Test
    void prices_in_the_currency_asked_for() {
        UnitPriceView price = queries.handle(new FindUnitPrice(
                        DESK_LAMP, CustomerGrade.B, BigDecimal.ONE, CTN, IN_MAY, Currency.getInstance("USD")))
                .orElseThrow();

        assertThat(price.unitPrice()).hasToString("132.00 USD");
    }

    @Test
    void there_is_no_price_in_a_currency_without_a_price_list() {
        var inYen =
                new FindUnitPrice(DESK_LAMP, CustomerGrade.B, BigDecimal.TEN, PCS, IN_MAY, Currency.getInstance("JPY"));

        assertThat(queries.handle(inYen)).isEmpty();
    }

    @Test
    void there_is_no_price_for_an_unknown_product() {
        var unknown = new FindUnitPrice(LAMP_SHADE, CustomerGrade.B, BigDecimal.TEN, PCS, IN_MAY, EUR);

        assertThat(queries.handle(unknown)).isEmpty();
    }

    @Test
    void rejects_a_unit_the_product_cannot_be_counted_in() {
        var inKilograms =
                new FindUnitPrice(DESK_LAMP, CustomerGrade.B, BigDecimal.TEN, UnitOfMeasure.of("KG"), IN_MAY, EUR);

        assertThatThrownBy(() -> queries.handle(inKilograms))
                .isInstanceOf(UnitNotConvertible.class)
                .hasMessageContaining("KG")
                .hasMessageContaining("PCS, CTN, PLT")
                .satisfies(e -> assertThat(((UnitNotConvertible) e).code()).isEqualTo("unit-not-convertible"));
    }

    /** Replaces the desk lamp's euro price list (list price 10.00) by one with these tiers, in this order. */
    private void setEuroTiers(PriceTier... tiers) {
        projection.on(priceListSet(DESK_LAMP, euroPrices(tiers)), 3, hoursLater(3));
    }

    private UnitPriceView priceOf(CustomerGrade grade, String quantity, UnitOfMeasure unit, LocalDate date) {
        return queries.handle(new FindUnitPrice(DESK_LAMP, grade, new BigDecimal(quantity), unit, date, EUR))
                .orElseThrow();
    }
}
