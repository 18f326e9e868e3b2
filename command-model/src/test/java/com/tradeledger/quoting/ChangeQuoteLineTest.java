package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ALICE;
import static com.tradeledger.quoting.Quotes.BOB;
import static com.tradeledger.quoting.Quotes.BRACKET;
import static com.tradeledger.quoting.Quotes.BRACKET_SKU;
import static com.tradeledger.quoting.Quotes.CTN;
import static com.tradeledger.quoting.Quotes.PCS;
import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.bracket;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.lineAdded;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.then;
import static com.tradeledger.quoting.Quotes.usd;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ChangeQuoteLineTest {

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void prices_the_line_again_as_asked_keeping_its_number_and_product() {
        QuoteLine cartons = QuoteLine.priced(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("10"),
                CTN,
                usd("132.00"),
                Percentage.of("2.5"),
                new PriceOrigin(PriceBasis.PRICE_TIER, "carton", BOB),
                usd("120.00"));

        fixture.given(aDraftWithOneLine())
                .when(bracket()
                        .withQuantity("10")
                        .withUnit(CTN)
                        .withDiscount("2.5")
                        .withPricedBy(BOB)
                        .change(1))
                .expectEvents(new QuoteLineChanged(QUOTE, 1, cartons));
    }

    @Test
    void changes_a_listed_price_to_a_manual_one() {
        QuoteLine manual = QuoteLine.priced(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("100"),
                PCS,
                usd("11.80"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                usd("10.00"));

        fixture.given(aDraftWithOneLine())
                .when(bracket().withUnitPrice(usd("11.80")).change(1))
                .expectEvents(new QuoteLineChanged(QUOTE, 1, manual));
    }

    @Test
    void changes_a_line_carried_into_a_new_revision() {
        fixture.given(then(anIssuedQuote(), revised(2)))
                .when(bracket().withQuantity("120").change(1))
                .expectEvents(new QuoteLineChanged(QUOTE, 2, bracketLine(1, "120")));
    }

    @Test
    void rejects_changing_a_line_the_quote_does_not_have() {
        fixture.given(aDraftWithOneLine())
                .when(bracket().change(2))
                .expectException(UnknownQuoteLine.class)
                .expectExceptionMessage("quote " + QUOTE + " has no line 2")
                .expectNoEvents();
    }

    @Test
    void rejects_changing_a_removed_line() {
        fixture.given(then(aDraftWithOneLine(), lineAdded(bracketLine(2)), new QuoteLineRemoved(QUOTE, 1, 1)))
                .when(bracket().change(1))
                .expectException(UnknownQuoteLine.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_quantity_of_zero() {
        fixture.given(aDraftWithOneLine())
                .when(bracket().withQuantity("0").change(1))
                .expectException(QuantityNotPositive.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_line_without_a_quantity() {
        fixture.given(aDraftWithOneLine())
                .when(bracket().withQuantity(null).change(1))
                .expectException(MissingValue.class)
                .expectExceptionMessage("quantity is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_a_unit_the_product_cannot_be_counted_in() {
        fixture.given(aDraftWithOneLine())
                .when(bracket().withUnit(UnitOfMeasure.of("KG")).change(1))
                .expectException(NoConversionToBaseUnit.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_manual_price_in_another_currency_than_the_quote() {
        fixture.given(aDraftWithOneLine())
                .when(bracket().withUnitPrice(Money.of("11.00", "EUR")).change(1))
                .expectException(CurrencyMismatch.class)
                .expectNoEvents();
    }

    @Test
    void rejects_changing_a_line_of_an_issued_quote() {
        fixture.given(anIssuedQuote())
                .when(bracket().withQuantity("120").change(1))
                .expectException(QuoteNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_changing_a_line_of_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(bracket().withQuantity("120").change(1))
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
