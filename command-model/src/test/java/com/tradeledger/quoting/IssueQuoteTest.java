package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ACME;
import static com.tradeledger.quoting.Quotes.ALICE;
import static com.tradeledger.quoting.Quotes.BOLT;
import static com.tradeledger.quoting.Quotes.BOLT_SKU;
import static com.tradeledger.quoting.Quotes.END_OF_VALIDITY;
import static com.tradeledger.quoting.Quotes.FOB_NINGBO;
import static com.tradeledger.quoting.Quotes.ISSUED_ON;
import static com.tradeledger.quoting.Quotes.PCS;
import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.VALIDITY_DEADLINE;
import static com.tradeledger.quoting.Quotes.VALID_UNTIL;
import static com.tradeledger.quoting.Quotes.WASHER;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.approved;
import static com.tradeledger.quoting.Quotes.belowFloorLine;
import static com.tradeledger.quoting.Quotes.bracketLine;
import static com.tradeledger.quoting.Quotes.catalogue;
import static com.tradeledger.quoting.Quotes.discountedLine;
import static com.tradeledger.quoting.Quotes.drafted;
import static com.tradeledger.quoting.Quotes.issue;
import static com.tradeledger.quoting.Quotes.issued;
import static com.tradeledger.quoting.Quotes.lineAdded;
import static com.tradeledger.quoting.Quotes.then;
import static com.tradeledger.quoting.Quotes.usd;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.products.ProductIsDiscontinued;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.MissingValue;
import com.tradeledger.shared.Percentage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class IssueQuoteTest {

    private final InMemoryCustomerStandings customers = Quotes.customers();
    private final FixtureConfiguration<Quote> fixture = Quotes.fixtureWith(customers, catalogue());

    @Test
    void issues_the_revision_with_its_lines_total_terms_and_validity() {
        fixture.given(aDraftWithOneLine()).when(issue()).expectEvents(issued(1, usd("1200.00"), bracketLine(1)));
    }

    @Test
    void schedules_the_expiry_for_the_start_of_the_day_after_the_validity_date_in_utc() {
        fixture.given(aDraftWithOneLine())
                .when(issue())
                .expectScheduledDeadlineWithName(END_OF_VALIDITY, VALIDITY_DEADLINE);
    }

    @Test
    void totals_the_lines_each_rounded_half_even_to_the_cent() {
        QuoteLine eighthOfACent = QuoteLine.priced(
                1,
                BOLT,
                BOLT_SKU,
                BigDecimal.ONE,
                PCS,
                usd("0.125"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);
        QuoteLine again = QuoteLine.priced(
                2,
                BOLT,
                BOLT_SKU,
                BigDecimal.ONE,
                PCS,
                usd("0.125"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);

        fixture.given(drafted(), lineAdded(eighthOfACent), lineAdded(again))
                .when(issue())
                .expectEvents(issued(1, usd("0.24"), eighthOfACent, again));
    }

    @Test
    void issues_a_revision_below_the_floor_once_a_manager_approved_it() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)), approved(1))
                .when(issue())
                .expectEvents(issued(1, usd("950.00"), belowFloorLine(1)));
    }

    @Test
    void issues_without_approval_once_a_change_took_away_the_need_for_it() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        approved(1),
                        new QuoteLineChanged(QUOTE, 1, bracketLine(1)))
                .when(issue())
                .expectEvents(issued(1, usd("1200.00"), bracketLine(1)));
    }

    @Test
    void issues_on_the_last_day_of_validity() {
        fixture.given(aDraftWithOneLine())
                .when(new IssueQuote(QUOTE, VALID_UNTIL, null))
                .expectEvents(new QuoteIssued(
                        QUOTE, 1, List.of(bracketLine(1)), usd("1200.00"), FOB_NINGBO, VALID_UNTIL, VALID_UNTIL));
    }

    @Test
    void issues_a_revision_from_the_lines_last_issued_with_its_changes_and_new_validity() {
        LocalDate endOfJuly = LocalDate.of(2026, 7, 31);
        fixture.given(
                        drafted(),
                        lineAdded(bracketLine(1)),
                        lineAdded(bracketLine(2, "50")),
                        issued(1, usd("1800.00"), bracketLine(1), bracketLine(2, "50")),
                        new QuoteRevised(QUOTE, 2, "customer wants more", endOfJuly),
                        new QuoteLineChanged(QUOTE, 2, bracketLine(2, "80")),
                        lineAdded(2, bracketLine(3, "10")))
                .when(new IssueQuote(QUOTE, LocalDate.of(2026, 6, 20), null))
                .expectEvents(new QuoteIssued(
                        QUOTE,
                        2,
                        List.of(bracketLine(1), bracketLine(2, "80"), bracketLine(3, "10")),
                        usd("2280.00"),
                        FOB_NINGBO,
                        LocalDate.of(2026, 6, 20),
                        endOfJuly))
                .expectScheduledDeadlineWithName(Instant.parse("2026-08-01T00:00:00Z"), VALIDITY_DEADLINE);
    }

    @Test
    void rejects_issuing_a_line_whose_product_was_discontinued_since_it_was_priced() {
        QuoteLine washers = QuoteLine.priced(
                1,
                WASHER,
                Sku.of("WSH-M8"),
                new BigDecimal("500"),
                PCS,
                usd("0.05"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);
        fixture.given(drafted(), lineAdded(washers))
                .when(new IssueQuote(QUOTE, ISSUED_ON, null))
                .expectException(ProductIsDiscontinued.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_a_quote_without_lines() {
        fixture.given(drafted())
                .when(issue())
                .expectException(QuoteHasNoLines.class)
                .expectExceptionMessage("quote " + QUOTE + " has no lines to issue")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_issuing_a_quote_whose_lines_were_all_removed() {
        fixture.given(then(aDraftWithOneLine(), new QuoteLineRemoved(QUOTE, 1, 1)))
                .when(issue())
                .expectException(QuoteHasNoLines.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_a_line_below_the_floor_without_approval() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectExceptionMessage("revision 1 of quote " + QUOTE
                        + " sells below the floor price or above the discount limit and needs a manager's approval")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_issuing_a_discount_above_the_limit_without_approval() {
        fixture.given(drafted(), lineAdded(discountedLine(1, "12.5")))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_when_a_changed_line_voided_the_approval() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        approved(1),
                        new QuoteLineChanged(QUOTE, 1, discountedLine(1, "20")))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_when_an_added_line_voided_the_approval() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)), approved(1), lineAdded(bracketLine(2)))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_when_a_removed_line_voided_the_approval() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        lineAdded(discountedLine(2, "15")),
                        approved(1),
                        new QuoteLineRemoved(QUOTE, 1, 2))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_a_revision_on_the_approval_of_an_earlier_one() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        approved(1),
                        issued(1, usd("950.00"), belowFloorLine(1)),
                        Quotes.revised(2))
                .when(issue())
                .expectException(QuoteNeedsApproval.class)
                .expectExceptionMessage("revision 2 of quote " + QUOTE
                        + " sells below the floor price or above the discount limit and needs a manager's approval")
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_after_the_validity_date() {
        fixture.given(aDraftWithOneLine())
                .when(new IssueQuote(QUOTE, VALID_UNTIL.plusDays(1), null))
                .expectException(QuoteValidityPassed.class)
                .expectExceptionMessage(
                        "quote " + QUOTE + " is valid until 2026-06-30 and cannot be issued on 2026-07-01")
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_issuing_without_a_date() {
        fixture.given(aDraftWithOneLine())
                .when(new IssueQuote(QUOTE, null, null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("issuedOn is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_to_a_customer_deactivated_since_the_draft() {
        customers.with(ACME, new CustomerStanding(CustomerStatus.DEACTIVATED, CustomerGrade.B, ALICE, null));

        fixture.given(aDraftWithOneLine())
                .when(issue())
                .expectException(CustomerTakesNoBusiness.class)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejects_issuing_a_quote_twice() {
        fixture.given(anIssuedQuote())
                .when(issue())
                .expectException(QuoteNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_issuing_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(issue())
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }
}
