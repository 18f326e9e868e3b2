package com.tradeledger.products;

import static com.tradeledger.products.Products.BRACKET;
import static com.tradeledger.products.Products.bracketDiscontinued;
import static com.tradeledger.products.Products.bracketRegistered;
import static com.tradeledger.products.Products.cartonTier;
import static com.tradeledger.products.Products.promotion;
import static com.tradeledger.products.Products.usd;
import static com.tradeledger.products.Products.usdPriceList;
import static com.tradeledger.products.Products.usdPriceListWithTiers;

import com.tradeledger.shared.MissingValue;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class SetPriceListTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

    private final FixtureConfiguration<Product> fixture = Products.fixtureWith(Products.registryWithComponents());

    @Test
    void sets_the_price_list_for_its_currency() {
        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, usdPriceList(), null))
                .expectEvents(new PriceListSet(BRACKET, usdPriceList()));
    }

    @Test
    void accepts_tiers_for_the_same_quantity_in_different_seasons() {
        PriceList seasons = usdPriceListWithTiers(
                promotion("March fair", MARCH_1, MARCH_31, usd("10.80")),
                promotion("April promotion", APRIL_1, APRIL_30, usd("10.60")));

        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, seasons, null))
                .expectEvents(new PriceListSet(BRACKET, seasons));
    }

    @Test
    void rejects_two_tiers_for_the_same_grade_quantity_and_days() {
        PriceList competing =
                usdPriceListWithTiers(cartonTier(), promotion("April promotion", APRIL_1, APRIL_30, usd("10.60")));

        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, competing, null))
                .expectException(OverlappingPriceTiers.class)
                .expectExceptionMessage("price tiers 'carton' (from 12, grade any, 11.00 USD) and 'April promotion'"
                        + " (from 12, grade any, 10.60 USD) apply to the same grade, minimum quantity and days")
                .expectNoEvents();
    }

    @Test
    void rejects_a_tier_priced_below_the_floor() {
        PriceList undercut = usdPriceListWithTiers(promotion("clearance", MARCH_1, MARCH_31, usd("9.99")));

        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, undercut, null))
                .expectException(PriceBelowFloor.class)
                .expectExceptionMessage("prices [9.99 USD] are below the floor price 10.00 USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_list_price_below_the_floor() {
        PriceList undercut =
                new PriceList(Currency.getInstance("USD"), usd("9.50"), List.of(), usd("10.00"), usd("7.00"));

        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, undercut, null))
                .expectException(PriceBelowFloor.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_price_list() {
        fixture.given(bracketRegistered())
                .when(new SetPriceList(BRACKET, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("priceList is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_prices_for_a_discontinued_product() {
        fixture.given(bracketRegistered(), bracketDiscontinued())
                .when(new SetPriceList(BRACKET, usdPriceList(), null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }
}
