package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Quote events as the command model records them, with meaningful, fixed defaults. */
final class QuoteEvents {

    static final QuoteId LAMP_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000001");
    static final QuoteId OTHER_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000002");
    static final CustomerId HAMBURG_IMPORTS = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId SHANGHAI_TEXTILES = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Username MANAGER = Username.of("mia.manager");
    static final Currency EUR = Currency.getInstance("EUR");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final DeliveryTerms FOB_NINGBO = new DeliveryTerms(Incoterm.FOB, "Ningbo");
    static final LocalDate VALID_UNTIL = LocalDate.of(2025, 4, 30);
    static final LocalDate ISSUED_ON = LocalDate.of(2025, 4, 2);
    static final Instant DRAFTED_AT = Instant.parse("2025-04-01T07:30:00Z");

    private QuoteEvents() {}

    /** Alice's quote to Hamburg Imports, a grade B customer, in euros, FOB Ningbo, valid to the end of April. */
    static QuoteDrafted lampQuoteDrafted() {
        return drafted(LAMP_QUOTE, HAMBURG_IMPORTS, ALICE);
    }

    static QuoteDrafted drafted(QuoteId id, CustomerId customer, Username salesperson) {
        return new QuoteDrafted(id, customer, salesperson, CustomerGrade.B, EUR, FOB_NINGBO, VALID_UNTIL);
    }

    /** The instant {@code hours} after the draft: events of one quote come in this order. */
    static Instant hoursLater(int hours) {
        return DRAFTED_AT.plusSeconds(hours * 3600L);
    }

    /** 100 desk lamps at the 10.00 list price less 5 %: 950.00, above the 7.50 floor. */
    static QuoteLine deskLamps() {
        return deskLamps("100", "5");
    }

    static QuoteLine deskLamps(String quantity, String discount) {
        return QuoteLine.priced(
                1,
                DESK_LAMP,
                Sku.of("LAMP-DESK-01"),
                new BigDecimal(quantity),
                PCS,
                eur("10.00"),
                Percentage.of(discount),
                new PriceOrigin(PriceBasis.LIST_PRICE, null, ALICE),
                eur("7.50"));
    }

    /** 50 lamp shades at a manual 3.20 without discount: 160.00; the shade has no floor price. */
    static QuoteLine lampShades() {
        return QuoteLine.priced(
                2,
                LAMP_SHADE,
                Sku.of("SHADE-STEEL-01"),
                new BigDecimal("50"),
                PCS,
                eur("3.20"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);
    }

    static QuoteLineAdded lineAdded(QuoteId id, int revision, QuoteLine line) {
        return new QuoteLineAdded(id, revision, line);
    }

    static QuoteLineChanged lineChanged(QuoteId id, int revision, QuoteLine line) {
        return new QuoteLineChanged(id, revision, line);
    }

    static QuoteLineRemoved lineRemoved(QuoteId id, int revision, int lineNumber) {
        return new QuoteLineRemoved(id, revision, lineNumber);
    }

    static QuoteApproved approved(QuoteId id, int revision) {
        return new QuoteApproved(id, revision, MANAGER, "strategic customer");
    }

    /** The revision issued with these lines, at their total, FOB Ningbo, valid to the end of April. */
    static QuoteIssued issued(QuoteId id, int revision, QuoteLine... lines) {
        Money total = List.of(lines).stream().map(QuoteLine::total).reduce(Money.zero(EUR), Money::plus);
        return new QuoteIssued(id, revision, List.of(lines), total, FOB_NINGBO, ISSUED_ON, VALID_UNTIL);
    }

    static QuoteFeedbackRecorded feedback(QuoteId id, int revision, String text) {
        return new QuoteFeedbackRecorded(id, revision, text);
    }

    static QuoteRevised revised(QuoteId id, int revision, LocalDate validUntil) {
        return new QuoteRevised(id, revision, "customer asks for a larger quantity", validUntil);
    }

    static QuoteAccepted accepted(QuoteId id, int revision, Money total) {
        return new QuoteAccepted(id, revision, total, LocalDate.of(2025, 4, 10));
    }

    static QuoteRejected rejected(QuoteId id, int revision) {
        return new QuoteRejected(id, revision, "a competitor offered 8.90");
    }

    static QuoteExpired expired(QuoteId id, int revision) {
        return new QuoteExpired(id, revision, VALID_UNTIL);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
