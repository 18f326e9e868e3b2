package com.tradeledger.quoting;

import static com.tradeledger.quoting.Quotes.ALICE;
import static com.tradeledger.quoting.Quotes.CAROL;
import static com.tradeledger.quoting.Quotes.QUOTE;
import static com.tradeledger.quoting.Quotes.aDraftWithOneLine;
import static com.tradeledger.quoting.Quotes.anAcceptedQuote;
import static com.tradeledger.quoting.Quotes.anIssuedQuote;
import static com.tradeledger.quoting.Quotes.approved;
import static com.tradeledger.quoting.Quotes.belowFloorLine;
import static com.tradeledger.quoting.Quotes.discountedLine;
import static com.tradeledger.quoting.Quotes.drafted;
import static com.tradeledger.quoting.Quotes.issued;
import static com.tradeledger.quoting.Quotes.lineAdded;
import static com.tradeledger.quoting.Quotes.revised;
import static com.tradeledger.quoting.Quotes.usd;

import com.tradeledger.shared.MissingValue;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ApproveQuoteTest {

    private static final ApproveQuote CAROL_APPROVES = new ApproveQuote(QUOTE, CAROL, "strategic account", null);

    private final FixtureConfiguration<Quote> fixture = Quotes.fixture();

    @Test
    void approves_a_revision_with_a_line_below_the_floor_price() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)))
                .when(CAROL_APPROVES)
                .expectEvents(approved(1));
    }

    @Test
    void approves_a_revision_with_a_discount_above_the_limit() {
        fixture.given(drafted(), lineAdded(discountedLine(1, "12.5")))
                .when(CAROL_APPROVES)
                .expectEvents(approved(1));
    }

    @Test
    void approves_again_once_a_changed_line_voided_the_approval() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        approved(1),
                        new QuoteLineChanged(QUOTE, 1, discountedLine(1, "20")))
                .when(CAROL_APPROVES)
                .expectEvents(approved(1));
    }

    @Test
    void approves_a_new_revision_on_its_own() {
        fixture.given(
                        drafted(),
                        lineAdded(belowFloorLine(1)),
                        approved(1),
                        issued(1, usd("950.00"), belowFloorLine(1)),
                        revised(2))
                .when(CAROL_APPROVES)
                .expectEvents(approved(2));
    }

    @Test
    void rejects_approving_a_revision_within_the_floor_and_the_discount_limit() {
        fixture.given(aDraftWithOneLine())
                .when(CAROL_APPROVES)
                .expectException(ApprovalNotNeeded.class)
                .expectExceptionMessage(
                        "quote " + QUOTE + " has no line below the floor price or above the discount limit to approve")
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_discount_right_at_the_limit() {
        fixture.given(drafted(), lineAdded(discountedLine(1, "10")))
                .when(CAROL_APPROVES)
                .expectException(ApprovalNotNeeded.class)
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_revision_without_lines() {
        fixture.given(drafted())
                .when(CAROL_APPROVES)
                .expectException(ApprovalNotNeeded.class)
                .expectNoEvents();
    }

    @Test
    void rejects_approving_a_revision_already_approved_as_it_stands() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)), approved(1))
                .when(CAROL_APPROVES)
                .expectException(QuoteAlreadyApproved.class)
                .expectExceptionMessage("revision 1 of quote " + QUOTE + " is already approved as it stands")
                .expectNoEvents();
    }

    @Test
    void rejects_an_approval_without_an_approver() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)))
                .when(new ApproveQuote(QUOTE, null, "ok", null))
                .expectException(MissingValue.class)
                .expectExceptionMessage("approvedBy is required and was missing or blank")
                .expectNoEvents();
    }

    @Test
    void rejects_approving_an_issued_quote() {
        fixture.given(anIssuedQuote())
                .when(CAROL_APPROVES)
                .expectException(QuoteNotDraft.class)
                .expectNoEvents();
    }

    @Test
    void rejects_approving_an_accepted_quote() {
        fixture.given(anAcceptedQuote())
                .when(CAROL_APPROVES)
                .expectException(QuoteFrozen.class)
                .expectNoEvents();
    }

    @Test
    void rejects_approval_by_the_salesperson_who_owns_the_quote() {
        fixture.given(drafted(), lineAdded(belowFloorLine(1)))
                .when(new ApproveQuote(QUOTE, ALICE, "my own account", null))
                .expectException(SelfApproval.class)
                .expectNoEvents();
    }
}
