package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierExamples.BRACKET;
import static com.tradeledger.purchasing.SupplierExamples.CN;
import static com.tradeledger.purchasing.SupplierExamples.CTN;
import static com.tradeledger.purchasing.SupplierExamples.EUR;
import static com.tradeledger.purchasing.SupplierExamples.NAME;
import static com.tradeledger.purchasing.SupplierExamples.NINGBO_METAL;
import static com.tradeledger.purchasing.SupplierExamples.PCS;
import static com.tradeledger.purchasing.SupplierExamples.deactivated;
import static com.tradeledger.purchasing.SupplierExamples.from;
import static com.tradeledger.purchasing.SupplierExamples.registered;
import static com.tradeledger.purchasing.SupplierExamples.usd;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Setting what a supplier asks for a product (供应商报价): its unit, prices per currency with quantity breaks. */
class SetSupplierOfferTest {

    private static final List<PriceBreak> CARTON_PRICES =
            List.of(from("0", usd("130.00")), from("50", usd("120.00")), from("200", usd("115.50")));

    private final FixtureConfiguration<Supplier> fixture = SupplierExamples.fixtureWith(new InMemorySupplierRegistry());

    @Test
    void sets_the_offer_in_cartons_with_ascending_breaks() {
        fixture.given(registered())
                .when(offer(CARTON_PRICES, 40))
                .expectEvents(new SupplierOfferSet(NINGBO_METAL, BRACKET, "NB-8812", CTN, CARTON_PRICES, 40));
    }

    @Test
    void sets_an_offer_in_the_base_unit_without_a_supplier_sku_from_a_first_break_above_zero() {
        List<PriceBreak> prices = List.of(from("100", usd("10.80")));

        fixture.given(registered())
                .when(new SetSupplierOffer(NINGBO_METAL, BRACKET, " ", PCS, prices, 0, null))
                .expectEvents(new SupplierOfferSet(NINGBO_METAL, BRACKET, null, PCS, prices, 0));
    }

    @Test
    void accepts_a_lead_time_of_a_whole_year() {
        fixture.given(registered())
                .when(offer(CARTON_PRICES, 365))
                .expectEvents(new SupplierOfferSet(NINGBO_METAL, BRACKET, "NB-8812", CTN, CARTON_PRICES, 365));
    }

    @Test
    void prices_in_the_currency_the_supplier_sells_in_now() {
        List<PriceBreak> prices = List.of(from("0", Money.of("118.00", "EUR")));

        fixture.given(registered(), new SupplierChanged(NINGBO_METAL, NAME, CN, new SupplierTerms(EUR, 30, 45)))
                .when(offer(prices, 40))
                .expectEvents(new SupplierOfferSet(NINGBO_METAL, BRACKET, "NB-8812", CTN, prices, 40));
    }

    @Test
    void rejects_an_offer_from_a_deactivated_supplier() {
        fixture.given(registered(), deactivated())
                .when(offer(CARTON_PRICES, 40))
                .expectException(SupplierNotActive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_product_never_registered() {
        ProductId unregistered = ProductId.of("0b000000-0000-4000-8000-0000000000ff");

        fixture.given(registered())
                .when(new SetSupplierOffer(NINGBO_METAL, unregistered, "NB-8812", PCS, CARTON_PRICES, 40, null))
                .expectException(UnknownProduct.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_the_product_is_not_counted_in() {
        fixture.given(registered())
                .when(new SetSupplierOffer(
                        NINGBO_METAL, BRACKET, "NB-8812", UnitOfMeasure.of("KG"), CARTON_PRICES, 40, null))
                .expectException(NoConversionToBaseUnit.class)
                .expectExceptionMessage("BRK-200 cannot be counted in KG; its units are PCS, CTN")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_unit() {
        fixture.given(registered())
                .when(new SetSupplierOffer(NINGBO_METAL, BRACKET, "NB-8812", null, CARTON_PRICES, 40, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("unit is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_an_offer_without_prices() {
        fixture.given(registered())
                .when(offer(List.of(), 40))
                .expectException(OfferHasNoPrices.class)
                .expectExceptionMessage("the offer for product " + BRACKET + " has no prices")
                .expectNoEvents();
    }

    @Test
    void sets_an_offer_priced_in_several_currencies_whose_breaks_ascend_within_each() {
        List<PriceBreak> prices = List.of(
                from("0", usd("130.00")),
                from("50", usd("120.00")),
                from("0", eur("118.00")),
                from("50", eur("109.00")),
                from("200", usd("115.50")));

        fixture.given(registered())
                .when(offer(prices, 40))
                .expectEvents(new SupplierOfferSet(NINGBO_METAL, BRACKET, "NB-8812", CTN, prices, 40));
    }

    @Test
    void rejects_an_offer_without_a_price_in_the_suppliers_currency() {
        fixture.given(registered())
                .when(offer(List.of(from("0", eur("118.00")), from("50", eur("109.00"))), 40))
                .expectException(NotInSupplierCurrency.class)
                .expectExceptionMessage(
                        "the offer for product " + BRACKET + " has no price in the supplier's currency USD")
                .expectNoEvents();
    }

    @Test
    void rejects_breaks_that_descend_within_one_currency() {
        fixture.given(registered())
                .when(offer(
                        List.of(from("0", usd("130.00")), from("50", eur("109.00")), from("10", eur("118.00"))), 40))
                .expectException(PriceBreaksNotAscending.class)
                .expectExceptionMessage(
                        "price break 3 from 10 must start at zero or more and above the break in EUR before it")
                .expectNoEvents();
    }

    @Test
    void rejects_two_prices_in_one_currency_from_the_same_quantity() {
        fixture.given(registered())
                .when(offer(List.of(from("0", usd("130.00")), from("0", eur("118.00")), from("0", eur("115.00"))), 40))
                .expectException(PriceBreaksNotAscending.class)
                .expectExceptionMessage(
                        "price break 3 from 0 must start at zero or more and above the break in EUR before it")
                .expectNoEvents();
    }

    @Test
    void rejects_a_price_of_nothing() {
        fixture.given(registered())
                .when(offer(List.of(from("0", usd("0.00"))), 40))
                .expectException(PurchasePriceNotPositive.class)
                .expectExceptionMessage("purchase price 0.00 USD must be greater than zero")
                .expectNoEvents();
    }

    @Test
    void rejects_a_first_break_below_zero() {
        fixture.given(registered())
                .when(offer(List.of(from("-1", usd("130.00"))), 40))
                .expectException(PriceBreaksNotAscending.class)
                .expectExceptionMessage(
                        "price break 1 from -1 must start at zero or more and above the break in USD before it")
                .expectNoEvents();
    }

    @Test
    void rejects_two_breaks_from_the_same_quantity() {
        fixture.given(registered())
                .when(offer(List.of(from("0", usd("130.00")), from("0", usd("120.00"))), 40))
                .expectException(PriceBreaksNotAscending.class)
                .expectNoEvents();
    }

    @Test
    void rejects_breaks_that_descend() {
        fixture.given(registered())
                .when(offer(List.of(from("50", usd("120.00")), from("10", usd("130.00"))), 40))
                .expectException(PriceBreaksNotAscending.class)
                .expectExceptionMessage(
                        "price break 2 from 10 must start at zero or more and above the break in USD before it")
                .expectNoEvents();
    }

    @Test
    void rejects_a_lead_time_above_a_year() {
        fixture.given(registered())
                .when(offer(CARTON_PRICES, 366))
                .expectException(LeadTimeOutOfRange.class)
                .expectExceptionMessage("lead time 366 days is not between 0 and 365")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_lead_time() {
        fixture.given(registered())
                .when(offer(CARTON_PRICES, -1))
                .expectException(LeadTimeOutOfRange.class)
                .expectNoEvents();
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static SetSupplierOffer offer(List<PriceBreak> prices, int leadTimeDays) {
        return new SetSupplierOffer(NINGBO_METAL, BRACKET, "NB-8812", CTN, prices, leadTimeDays, null);
    }
}
