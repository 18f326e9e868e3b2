package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.products.PriceTier;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.SalePrice;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Quotes for tests: QUOTE, offered in USD FOB Ningbo to ACME (grade B, owned by alice) and valid until 30 June
 * 2026, for BRACKETs listed at USD 12.00 a piece (floor 10.00) or 132.00 a carton of twelve (the carton tier,
 * floor 120.00). BOLTs have only a EUR price list; WASHERs are discontinued. Quotes need carol's approval above a
 * 10 % discount. Every value is fixed so that a failing test prints the same thing every time.
 */
final class Quotes {

    static final QuoteId QUOTE = QuoteId.of("0d000000-0000-4000-8000-000000000001");
    static final CustomerId ACME = CustomerId.of("0a000000-0000-4000-8000-000000000001");
    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Username CAROL = Username.of("carol");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final Sku BRACKET_SKU = Sku.of("BRK-200");
    static final ProductId BOLT = ProductId.of("0b000000-0000-4000-8000-000000000002");
    static final Sku BOLT_SKU = Sku.of("BOLT-M8");
    static final ProductId WASHER = ProductId.of("0b000000-0000-4000-8000-000000000003");
    static final ProductId UNREGISTERED = ProductId.of("0b000000-0000-4000-8000-0000000000ff");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final DeliveryTerms FOB_NINGBO = new DeliveryTerms(Incoterm.FOB, "Ningbo");
    static final LocalDate PRICED_ON = LocalDate.of(2026, 6, 1);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 6, 2);
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 6, 30);
    static final Instant ISSUED_AT = Instant.parse("2026-06-02T09:00:00Z");
    static final Instant END_OF_VALIDITY = Instant.parse("2026-07-01T00:00:00Z");
    static final Percentage DISCOUNT_LIMIT = Percentage.of("10");
    static final PriceTier CARTON_TIER = new PriceTier("carton", new BigDecimal("12"), null, null, null, usd("11.00"));
    static final String VALIDITY_DEADLINE = "quote-validity";

    private Quotes() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static CustomerStanding acmeStanding() {
        return new CustomerStanding(CustomerStatus.ACTIVE, CustomerGrade.B, ALICE, null);
    }

    static InMemoryCustomerStandings customers() {
        return new InMemoryCustomerStandings().with(ACME, acmeStanding());
    }

    static InMemoryProductPrices catalogue() {
        return new InMemoryProductPrices()
                .offering(
                        BRACKET,
                        USD,
                        new SalePrice(BRACKET_SKU, PCS, usd("12.00"), null, usd("10.00")),
                        new SalePrice(BRACKET_SKU, CTN, usd("132.00"), CARTON_TIER, usd("120.00")))
                .offering(BOLT, EUR, new SalePrice(BOLT_SKU, PCS, Money.of("0.40", "EUR"), null, null))
                .discontinuing(WASHER);
    }

    /** A fixture for the quote aggregate, with ACME's standing, the catalogue and the quoting policy. */
    static FixtureConfiguration<Quote> fixture() {
        return fixtureWith(customers(), catalogue());
    }

    static FixtureConfiguration<Quote> fixtureWith(CustomerStandings customers, ProductPrices prices) {
        FixtureConfiguration<Quote> fixture = new AggregateTestFixture<>(Quote.class);
        fixture.registerInjectableResource(customers);
        fixture.registerInjectableResource(prices);
        fixture.registerInjectableResource(new QuotingPolicy(DISCOUNT_LIMIT));
        return fixture;
    }

    static DraftQuote draft() {
        return new DraftQuote(QUOTE, ACME, USD, FOB_NINGBO, VALID_UNTIL);
    }

    static QuoteDrafted drafted() {
        return new QuoteDrafted(QUOTE, ACME, ALICE, CustomerGrade.B, USD, FOB_NINGBO, VALID_UNTIL);
    }

    /** 100 BRACKETs at the list price of USD 12.00, priced by alice: USD 1,200.00. */
    static QuoteLine bracketLine(int lineNumber) {
        return bracketLine(lineNumber, "100");
    }

    static QuoteLine bracketLine(int lineNumber, String quantity) {
        return QuoteLine.priced(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal(quantity),
                PCS,
                usd("12.00"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.LIST_PRICE, null, ALICE),
                usd("10.00"));
    }

    /** 100 BRACKETs priced by hand below the USD 10.00 floor: needs approval. */
    static QuoteLine belowFloorLine(int lineNumber) {
        return QuoteLine.priced(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("100"),
                PCS,
                usd("9.50"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                usd("10.00"));
    }

    /** 10 BRACKETs at USD 12.00 with a discount: above 10 % it needs approval. */
    static QuoteLine discountedLine(int lineNumber, String discount) {
        return QuoteLine.priced(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                BigDecimal.TEN,
                PCS,
                usd("12.00"),
                Percentage.of(discount),
                new PriceOrigin(PriceBasis.LIST_PRICE, null, ALICE),
                usd("10.00"));
    }

    static QuoteLineAdded lineAdded(QuoteLine line) {
        return lineAdded(1, line);
    }

    static QuoteLineAdded lineAdded(int revision, QuoteLine line) {
        return new QuoteLineAdded(QUOTE, revision, line);
    }

    static QuoteApproved approved(int revision) {
        return new QuoteApproved(QUOTE, revision, CAROL, "strategic account");
    }

    static IssueQuote issue() {
        return new IssueQuote(QUOTE, ISSUED_ON, null);
    }

    static QuoteIssued issued(int revision, Money total, QuoteLine... lines) {
        return issued(revision, VALID_UNTIL, total, lines);
    }

    static QuoteIssued issued(int revision, LocalDate validUntil, Money total, QuoteLine... lines) {
        return new QuoteIssued(QUOTE, revision, List.of(lines), total, FOB_NINGBO, ISSUED_ON, validUntil);
    }

    static QuoteRevised revised(int revision) {
        return new QuoteRevised(QUOTE, revision, "customer asked for cartons", VALID_UNTIL);
    }

    static QuoteAccepted accepted() {
        return new QuoteAccepted(QUOTE, 1, usd("1200.00"), LocalDate.of(2026, 6, 10));
    }

    static QuoteRejected rejected() {
        return new QuoteRejected(QUOTE, 1, "price too high");
    }

    static QuoteExpired expired() {
        return new QuoteExpired(QUOTE, 1, VALID_UNTIL);
    }

    /** A draft of revision 1 with one line of 100 BRACKETs. */
    static List<Object> aDraftWithOneLine() {
        return List.of(drafted(), lineAdded(bracketLine(1)));
    }

    /** Revision 1 issued to ACME with one line of 100 BRACKETs for USD 1,200.00. */
    static List<Object> anIssuedQuote() {
        return List.of(drafted(), lineAdded(bracketLine(1)), issued(1, usd("1200.00"), bracketLine(1)));
    }

    /** The history so far, followed by more events. */
    static List<Object> then(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    static List<Object> anAcceptedQuote() {
        return then(anIssuedQuote(), accepted());
    }

    /** A line as a salesperson asks for it, to add or to change; each {@code with} changes one value. */
    static LineAsked bracket() {
        return new LineAsked(BRACKET);
    }

    static LineAsked product(ProductId productId) {
        return new LineAsked(productId);
    }

    static final class LineAsked {

        private final ProductId productId;
        private BigDecimal quantity = new BigDecimal("100");
        private UnitOfMeasure unit = PCS;
        private Money unitPrice;
        private Percentage discount;
        private LocalDate pricedOn = PRICED_ON;
        private Username pricedBy = ALICE;

        private LineAsked(ProductId productId) {
            this.productId = productId;
        }

        LineAsked withQuantity(String quantity) {
            this.quantity = quantity == null ? null : new BigDecimal(quantity);
            return this;
        }

        LineAsked withUnit(UnitOfMeasure unit) {
            this.unit = unit;
            return this;
        }

        LineAsked withUnitPrice(Money unitPrice) {
            this.unitPrice = unitPrice;
            return this;
        }

        LineAsked withDiscount(String discount) {
            this.discount = Percentage.of(discount);
            return this;
        }

        LineAsked withPricedOn(LocalDate pricedOn) {
            this.pricedOn = pricedOn;
            return this;
        }

        LineAsked withPricedBy(Username pricedBy) {
            this.pricedBy = pricedBy;
            return this;
        }

        AddQuoteLine add() {
            return new AddQuoteLine(QUOTE, productId, quantity, unit, unitPrice, discount, pricedOn, pricedBy, null);
        }

        ChangeQuoteLine change(int lineNumber) {
            return new ChangeQuoteLine(
                    QUOTE, lineNumber, quantity, unit, unitPrice, discount, pricedOn, pricedBy, null);
        }
    }
}
