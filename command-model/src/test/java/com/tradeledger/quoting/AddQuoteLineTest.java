package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ACME;
import static com.tradeledger.quoting.Quotes.ALICE;
import static com.tradeledger.quoting.Quotes.BOLT;
import static com.tradeledger.quoting.Quotes.BOLT_SKU;
import static com.tradeledger.quoting.Quotes.BRACKET;
import static com.tradeledger.quoting.Quotes.BRACKET_SKU;
import static com.tradeledger.quoting.Quotes.CTN;
import static com.tradeledger.quoting.Quotes.EUR;
import static com.tradeledger.quoting.Quotes.FOB_NINGBO;
import static com.tradeledger.quoting.Quotes.PCS;
import static com.tradeledger.quoting.Quotes.PRICED_ON;
import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.UNREGISTERED;
import static com.tradeledger.quoting.Quotes.USD;
import static com.tradeledger.quoting.Quotes.VALID_UNTIL;
import static com.tradeledger.quoting.Quotes.WASHER;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.bracket;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.customers;
import static com.tradeledger.quoting.Quotes.drafted;
import static com.tradeledger.quoting.Quotes.expired;
import static com.tradeledger.quoting.Quotes.lineAdded;
import static com.tradeledger.quoting.Quotes.product;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.then;
import static com.tradeledger.quoting.Quotes.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductIsDiscontinued;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class AddQuoteLineTest {

    private final InMemoryProductPrices catalogue = Quotes.catalogue();
    private final FixtureConfiguration<Quote> fixture = Quotes.fixtureWith(customers(), catalogue);

    @Test
    void prices_a_line_at_the_list_price_with_the_products_floor() {
        fixture.given(drafted()).when(bracket().add()).expectEvents(lineAdded(bracketLine(1)));
    }

    @Test
    void prices_a_line_from_the_tier_that_applies_recording_its_label() {
        QuoteLine cartons = QuoteLine.priced(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("2"),
                CTN,
                usd("132.00"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.PRICE_TIER, "carton", ALICE),
                usd("120.00"));

        fixture.given(drafted())
                .when(bracket().withQuantity("2").withUnit(CTN).add())
                .expectEvents(lineAdded(cartons));
    }

    @Test
    void counts_a_line_in_the_base_unit_when_no_unit_is_given() {
        fixture.given(drafted()).when(bracket().withUnit(null).add()).expectEvents(lineAdded(bracketLine(1)));
    }

    @Test
    void asks_the_catalogue_for_the_customers_grade_on_the_quote_the_quantity_the_date_and_the_currency() {
        fixture.given(drafted()).when(bracket().withUnit(CTN).withQuantity("3").add());

        assertThat(catalogue.asked())
                .containsExactly(new InMemoryProductPrices.Asked(
                        BRACKET, CustomerGrade.B, new BigDecimal("3"), CTN, PRICED_ON, USD));
    }

    @Test
    void takes_a_manual_price_recording_who_gave_it() {
        fixture.given(drafted())
                .when(bracket().withUnitPrice(usd("11.50")).add())
                .expectEvents(lineAdded(manualBracketLine(usd("11.50"))));
    }

    @Test
    void takes_a_manual_price_for_a_product_without_a_price_list_in_the_quote_currency() {
        QuoteLine bolts = QuoteLine.priced(
                1,
                BOLT,
                BOLT_SKU,
                new BigDecimal("100"),
                PCS,
                usd("0.45"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);

        fixture.given(drafted())
                .when(product(BOLT).withUnitPrice(usd("0.45")).add())
                .expectEvents(lineAdded(bolts));
    }

    @Test
    void records_the_discount_given() {
        QuoteLine listed = bracketLine(1);
        QuoteLine discounted = QuoteLine.priced(
                1,
                BRACKET,
                BRACKET_SKU,
                listed.quantity(),
                PCS,
                listed.unitPrice(),
                Percentage.of("5"),
                listed.priceOrigin(),
                usd("10.00"));

        fixture.given(drafted()).when(bracket().withDiscount("5").add()).expectEvents(lineAdded(discounted));
    }

    @Test
    void adds_a_second_line_to_a_draft() {
        fixture.given(aDraftWithOneLine()).when(bracket().add()).expectEvents(lineAdded(bracketLine(2)));
    }

    @Test
    void numbers_lines_on_and_never_gives_a_removed_number_again() {
        fixture.given(
                        drafted(),
                        lineAdded(bracketLine(1)),
                        lineAdded(bracketLine(2)),
                        new QuoteLineRemoved(QUOTE, 1, 2))
                .when(bracket().add())
                .expectEvents(lineAdded(bracketLine(3)));
    }

    @Test
    void adds_to_a_revision_under_the_next_number_of_the_whole_quote() {
        fixture.given(then(anIssuedQuote(), revised(2)))
                .when(bracket().add())
                .expectEvents(lineAdded(2, bracketLine(2)));
    }

    @Test
    void rejects_a_quantity_of_zero() {
        fixture.given(drafted())
                .when(bracket().withQuantity("0").add())
                .expectException(QuantityNotPositive.class)
                .expectExceptionMessage("a quote line's quantity must be greater than zero, but was 0")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_quantity() {
        fixture.given(drafted())
                .when(bracket().withQuantity("-5").add())
                .expectException(QuantityNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_a_quantity() {
        fixture.given(drafted())
                .when(bracket().withQuantity(null).add())
                .expectException(MissingValue.class)
                .expectExceptionMessage("quantity is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_a_product() {
        fixture.given(drafted())
                .when(product(null).add())
                .expectException(MissingValue.class)
                .expectExceptionMessage("productId is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_a_pricing_date() {
        fixture.given(drafted())
                .when(bracket().withPricedOn(null).add())
                .expectException(MissingValue.class)
                .expectExceptionMessage("pricedOn is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_who_priced_it() {
        fixture.given(drafted())
                .when(bracket().withPricedBy(null).add())
                .expectException(MissingValue.class)
                .expectExceptionMessage("pricedBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_an_unknown_product() {
        fixture.given(drafted())
                .when(product(UNREGISTERED).add())
                .expectException(UnknownProduct.class)
                .expectExceptionMessage("product " + UNREGISTERED + " is not a registered product")
                .expectNoEvents();
    }

    @Test
    void rejects_a_discontinued_product() {
        fixture.given(drafted())
                .when(product(WASHER).add())
                .expectException(ProductIsDiscontinued.class)
                .expectExceptionMessage("product " + WASHER + " was discontinued and is no longer sold")
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_the_product_cannot_be_counted_in() {
        fixture.given(drafted())
                .when(bracket().withUnit(UnitOfMeasure.of("KG")).add())
                .expectException(NoConversionToBaseUnit.class)
                .expectExceptionMessage("BRK-200 cannot be counted in KG; its units are PCS, CTN")
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_to_price_from_a_list_the_product_lacks_in_the_quote_currency() {
        fixture.given(new QuoteDrafted(QUOTE, ACME, ALICE, CustomerGrade.B, EUR, FOB_NINGBO, VALID_UNTIL))
                .when(bracket().add())
                .expectException(NoPriceInCurrency.class)
                .expectExceptionMessage("product " + BRACKET + " has no price list in EUR; give the line a unit price")
                .expectNoEvents();
    }

    @Test
    void rejects_a_manual_price_in_another_currency_than_the_quote() {
        fixture.given(drafted())
                .when(bracket().withUnitPrice(Money.of("11.00", "EUR")).add())
                .expectException(CurrencyMismatch.class)
                .expectExceptionMessage("unit price 11.00 EUR is not in the quote's currency USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_manual_price_of_zero() {
        fixture.given(drafted())
                .when(bracket().withUnitPrice(usd("0")).add())
                .expectException(UnitPriceNotPositive.class)
                .expectExceptionMessage("a unit price must be greater than zero, but was 0.00 USD")
                .expectNoEvents();
    }

    @Test
    void rejects_a_negative_manual_price() {
        fixture.given(drafted())
                .when(bracket().withUnitPrice(usd("-1.00")).add())
                .expectException(UnitPriceNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_adding_to_an_issued_quote() {
        fixture.given(anIssuedQuote())
                .when(bracket().add())
                .expectException(QuoteNotDraft.class)
                .expectExceptionMessage("quote " + QUOTE + " is ISSUED, not DRAFT")
                .expectNoEvents();
    }

    @Test
    void rejects_adding_to_an_expired_quote() {
        fixture.given(then(anIssuedQuote(), expired()))
                .when(bracket().add())
                .expectException(QuoteNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_adding_to_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(bracket().add())
                .expectException(QuoteFrozen.class)
                .expectExceptionMessage("quote " + QUOTE + " was accepted and takes no further commands")
                .expectNoEvents();
    }

    static QuoteLine manualBracketLine(Money unitPrice) {
        return QuoteLine.priced(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("100"),
                PCS,
                unitPrice,
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                usd("10.00"));
    }
}
