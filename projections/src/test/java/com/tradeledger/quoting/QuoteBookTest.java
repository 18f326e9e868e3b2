package com.tradeledger.quoting;

import static com.tradeledger.quoting.QuoteEvents.ALICE;
import static com.tradeledger.quoting.QuoteEvents.BOB;
import static com.tradeledger.quoting.QuoteEvents.DRAFTED_AT;
import static com.tradeledger.quoting.QuoteEvents.EUR;
import static com.tradeledger.quoting.QuoteEvents.FOB_NINGBO;
import static com.tradeledger.quoting.QuoteEvents.HAMBURG_IMPORTS;
import static com.tradeledger.quoting.QuoteEvents.ISSUED_ON;
import static com.tradeledger.quoting.QuoteEvents.LAMP_QUOTE;
import static com.tradeledger.quoting.QuoteEvents.OTHER_QUOTE;
import static com.tradeledger.quoting.QuoteEvents.SHANGHAI_TEXTILES;
import static com.tradeledger.quoting.QuoteEvents.VALID_UNTIL;
import static com.tradeledger.quoting.QuoteEvents.accepted;
import static com.tradeledger.quoting.QuoteEvents.approved;
import static com.tradeledger.quoting.QuoteEvents.deskLamps;
import static com.tradeledger.quoting.QuoteEvents.drafted;
import static com.tradeledger.quoting.QuoteEvents.eur;
import static com.tradeledger.quoting.QuoteEvents.expired;
import static com.tradeledger.quoting.QuoteEvents.feedback;
import static com.tradeledger.quoting.QuoteEvents.hoursLater;
import static com.tradeledger.quoting.QuoteEvents.issued;
import static com.tradeledger.quoting.QuoteEvents.lampQuoteDrafted;
import static com.tradeledger.quoting.QuoteEvents.lampShades;
import static com.tradeledger.quoting.QuoteEvents.lineAdded;
import static com.tradeledger.quoting.QuoteEvents.lineChanged;
import static com.tradeledger.quoting.QuoteEvents.lineRemoved;
import static com.tradeledger.quoting.QuoteEvents.rejected;
import static com.tradeledger.quoting.QuoteEvents.revised;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuoteBookTest {

    private static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private QuoteBookProjection projection;
    private QuoteBookQueries queries;

    @BeforeEach
    void emptyBook() {
        database.clear("quote_book");
        database.clear("quote_revision");
        var book = new QuoteBook(database.jdbc());
        projection = new QuoteBookProjection(book);
        queries = new QuoteBookQueries(book);
    }

    @Test
    void a_drafted_quote_is_in_the_book_with_no_lines_and_a_zero_total() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);

        assertThat(find(LAMP_QUOTE))
                .isEqualTo(new QuoteView(
                        LAMP_QUOTE,
                        HAMBURG_IMPORTS,
                        ALICE,
                        CustomerGrade.B,
                        EUR,
                        FOB_NINGBO,
                        VALID_UNTIL,
                        QuoteStatus.DRAFT,
                        1,
                        List.of(),
                        eur("0.00"),
                        false,
                        false,
                        List.of(),
                        List.of(),
                        null,
                        0,
                        DRAFTED_AT,
                        DRAFTED_AT));
    }

    @Test
    void added_lines_are_the_current_revision_in_order_and_make_its_total() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);

        projection.on(lineAdded(LAMP_QUOTE, 1, deskLamps()), 1, hoursLater(1));
        projection.on(lineAdded(LAMP_QUOTE, 1, lampShades()), 2, hoursLater(2));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.lines()).containsExactly(deskLamps(), lampShades());
        assertThat(quote.total()).isEqualTo(eur("1110.00"));
        assertThat(quote.version()).isEqualTo(2);
        assertThat(quote.draftedAt()).isEqualTo(DRAFTED_AT);
        assertThat(quote.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void a_changed_line_replaces_the_line_of_its_number_in_its_place() {
        givenLampQuoteWithTwoLines();

        projection.on(lineChanged(LAMP_QUOTE, 1, deskLamps("200", "10")), 3, hoursLater(3));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.lines()).containsExactly(deskLamps("200", "10"), lampShades());
        assertThat(quote.total()).isEqualTo(eur("1960.00"));
    }

    @Test
    void a_removed_line_is_off_the_quote_and_its_total() {
        givenLampQuoteWithTwoLines();

        projection.on(lineRemoved(LAMP_QUOTE, 1, 1), 3, hoursLater(3));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.lines()).containsExactly(lampShades());
        assertThat(quote.total()).isEqualTo(eur("160.00"));
    }

    @Test
    void a_quote_without_lines_left_totals_zero_in_its_currency() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);
        projection.on(lineAdded(LAMP_QUOTE, 1, deskLamps()), 1, hoursLater(1));

        projection.on(lineRemoved(LAMP_QUOTE, 1, 1), 2, hoursLater(2));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.lines()).isEmpty();
        assertThat(quote.total()).isEqualTo(Money.zero(EUR));
    }

    @Test
    void a_line_discounted_below_its_floor_price_puts_the_quote_below_the_floor() {
        givenLampQuoteWithTwoLines();
        assertThat(find(LAMP_QUOTE).belowFloor()).isFalse();

        // 10.00 less 30 % is 7.00, under the desk lamp's 7.50 floor.
        projection.on(lineChanged(LAMP_QUOTE, 1, deskLamps("100", "30")), 3, hoursLater(3));

        assertThat(find(LAMP_QUOTE).belowFloor()).isTrue();
    }

    @Test
    void an_approval_holds_until_a_line_changes() {
        givenLampQuoteWithTwoLines();

        projection.on(approved(LAMP_QUOTE, 1), 3, hoursLater(3));
        assertThat(find(LAMP_QUOTE).approved()).isTrue();

        projection.on(lineChanged(LAMP_QUOTE, 1, deskLamps("120", "5")), 4, hoursLater(4));
        assertThat(find(LAMP_QUOTE).approved()).isFalse();
    }

    @Test
    void adding_or_removing_a_line_also_needs_approval_again() {
        givenLampQuoteWithTwoLines();
        projection.on(approved(LAMP_QUOTE, 1), 3, hoursLater(3));

        projection.on(lineRemoved(LAMP_QUOTE, 1, 2), 4, hoursLater(4));
        assertThat(find(LAMP_QUOTE).approved()).isFalse();

        projection.on(approved(LAMP_QUOTE, 1), 5, hoursLater(5));
        projection.on(lineAdded(LAMP_QUOTE, 1, lampShades()), 6, hoursLater(6));
        assertThat(find(LAMP_QUOTE).approved()).isFalse();
    }

    @Test
    void an_issued_revision_is_kept_exactly_as_the_customer_was_sent_it() {
        givenLampQuoteWithTwoLines();

        projection.on(issued(LAMP_QUOTE, 1, deskLamps(), lampShades()), 3, hoursLater(3));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.status()).isEqualTo(QuoteStatus.ISSUED);
        assertThat(quote.issuedRevisions()).containsExactly(1);
        assertThat(quote.lines()).containsExactly(deskLamps(), lampShades());
        assertThat(findRevision(LAMP_QUOTE, 1))
                .isEqualTo(new IssuedRevisionView(
                        LAMP_QUOTE,
                        1,
                        List.of(deskLamps(), lampShades()),
                        eur("1110.00"),
                        FOB_NINGBO,
                        ISSUED_ON,
                        VALID_UNTIL,
                        hoursLater(3)));
    }

    @Test
    void feedback_is_kept_in_the_order_given_with_its_revision_and_time() {
        givenLampQuoteIssued();

        projection.on(feedback(LAMP_QUOTE, 1, "price too high for 100 pieces"), 4, hoursLater(4));
        projection.on(feedback(LAMP_QUOTE, 1, "would take 200 at 9.00"), 5, hoursLater(5));

        assertThat(find(LAMP_QUOTE).feedback())
                .containsExactly(
                        new QuoteFeedback(1, "price too high for 100 pieces", hoursLater(4)),
                        new QuoteFeedback(1, "would take 200 at 9.00", hoursLater(5)));
    }

    @Test
    void a_revision_is_an_unapproved_draft_starting_from_the_issued_lines() {
        givenLampQuoteWithTwoLines();
        projection.on(approved(LAMP_QUOTE, 1), 3, hoursLater(3));
        projection.on(issued(LAMP_QUOTE, 1, deskLamps(), lampShades()), 4, hoursLater(4));

        projection.on(revised(LAMP_QUOTE, 2, END_OF_MAY), 5, hoursLater(5));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.revision()).isEqualTo(2);
        assertThat(quote.lines()).containsExactly(deskLamps(), lampShades());
        assertThat(quote.total()).isEqualTo(eur("1110.00"));
        assertThat(quote.approved()).isFalse();
        assertThat(quote.validUntil()).isEqualTo(END_OF_MAY);
        assertThat(quote.issuedRevisions()).containsExactly(1);
    }

    @Test
    void a_revision_without_a_new_validity_date_keeps_the_old_one() {
        givenLampQuoteIssued();

        projection.on(revised(LAMP_QUOTE, 2, null), 4, hoursLater(4));

        assertThat(find(LAMP_QUOTE).validUntil()).isEqualTo(VALID_UNTIL);
    }

    @Test
    void an_issued_revision_stays_as_issued_when_the_next_revision_changes_the_lines() {
        givenLampQuoteIssued();
        IssuedRevisionView firstAsIssued = findRevision(LAMP_QUOTE, 1);

        projection.on(revised(LAMP_QUOTE, 2, END_OF_MAY), 4, hoursLater(4));
        projection.on(lineChanged(LAMP_QUOTE, 2, deskLamps("200", "10")), 5, hoursLater(5));
        projection.on(lineRemoved(LAMP_QUOTE, 2, 2), 6, hoursLater(6));
        projection.on(issued(LAMP_QUOTE, 2, deskLamps("200", "10")), 7, hoursLater(7));

        assertThat(findRevision(LAMP_QUOTE, 1)).isEqualTo(firstAsIssued);
        assertThat(firstAsIssued.lines()).containsExactly(deskLamps(), lampShades());
        assertThat(firstAsIssued.total()).isEqualTo(eur("1110.00"));
        assertThat(findRevision(LAMP_QUOTE, 2).lines()).containsExactly(deskLamps("200", "10"));
        assertThat(findRevision(LAMP_QUOTE, 2).total()).isEqualTo(eur("1800.00"));
        assertThat(find(LAMP_QUOTE).issuedRevisions()).containsExactly(1, 2);
    }

    @Test
    void an_accepted_quote_is_closed_as_accepted() {
        givenLampQuoteIssued();

        projection.on(accepted(LAMP_QUOTE, 1, eur("1110.00")), 4, hoursLater(4));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(quote.closingReason()).isNull();
        assertThat(quote.changedAt()).isEqualTo(hoursLater(4));
    }

    @Test
    void a_rejected_quote_says_why() {
        givenLampQuoteIssued();

        projection.on(rejected(LAMP_QUOTE, 1), 4, hoursLater(4));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(quote.closingReason()).isEqualTo("a competitor offered 8.90");
    }

    @Test
    void an_expired_quote_is_closed_as_expired() {
        givenLampQuoteIssued();

        projection.on(expired(LAMP_QUOTE, 1), 4, hoursLater(4));

        QuoteView quote = find(LAMP_QUOTE);
        assertThat(quote.status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(quote.version()).isEqualTo(4);
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_with_the_sequence_number_the_quote_already_holds_change_nothing() {
        givenLampQuoteIssued();
        projection.on(feedback(LAMP_QUOTE, 1, "price too high"), 4, hoursLater(4));
        QuoteView once = find(LAMP_QUOTE);
        IssuedRevisionView issuedOnce = findRevision(LAMP_QUOTE, 1);

        projection.on(lineAdded(LAMP_QUOTE, 1, deskLamps("999", "0")), 1, hoursLater(1));
        projection.on(lineRemoved(LAMP_QUOTE, 1, 2), 2, hoursLater(2));
        projection.on(issued(LAMP_QUOTE, 1, lampShades()), 3, hoursLater(3));
        projection.on(issued(LAMP_QUOTE, 2, lampShades()), 3, hoursLater(3));
        projection.on(feedback(LAMP_QUOTE, 1, "price fine after all"), 4, hoursLater(4));

        assertThat(find(LAMP_QUOTE)).isEqualTo(once);
        assertThat(findRevision(LAMP_QUOTE, 1)).isEqualTo(issuedOnce);
        assertThat(queries.handle(new FindQuoteRevision(LAMP_QUOTE, 2))).isEmpty();
    }

    @Test
    void a_draft_of_a_quote_already_in_the_book_changes_nothing() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);
        QuoteView once = find(LAMP_QUOTE);

        projection.on(drafted(LAMP_QUOTE, SHANGHAI_TEXTILES, BOB), 0, hoursLater(1));

        assertThat(find(LAMP_QUOTE)).isEqualTo(once);
    }

    @Test
    void an_event_older_than_the_quote_changes_nothing() {
        givenLampQuoteIssued();
        projection.on(revised(LAMP_QUOTE, 2, END_OF_MAY), 4, hoursLater(4));
        QuoteView current = find(LAMP_QUOTE);

        projection.on(rejected(LAMP_QUOTE, 1), 3, hoursLater(3));
        projection.on(approved(LAMP_QUOTE, 1), 2, hoursLater(2));

        assertThat(find(LAMP_QUOTE)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_book_and_its_issued_revisions_for_a_rebuild() {
        givenLampQuoteIssued();
        projection.on(drafted(OTHER_QUOTE, SHANGHAI_TEXTILES, BOB), 0, DRAFTED_AT);

        projection.reset();

        assertThat(queries.handle(new FindQuote(LAMP_QUOTE))).isEmpty();
        assertThat(queries.handle(new FindQuoteRevision(LAMP_QUOTE, 1))).isEmpty();
        assertThat(list(new ListQuotes(null, null, null, 0, 20)).total()).isZero();
    }

    @Test
    void an_unknown_quote_is_not_found() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);

        assertThat(queries.handle(new FindQuote(OTHER_QUOTE))).isEmpty();
        assertThat(queries.handle(new FindQuoteRevision(OTHER_QUOTE, 1))).isEmpty();
    }

    @Test
    void a_revision_never_issued_is_not_found() {
        givenLampQuoteIssued();
        projection.on(revised(LAMP_QUOTE, 2, END_OF_MAY), 4, hoursLater(4));

        assertThat(queries.handle(new FindQuoteRevision(LAMP_QUOTE, 2))).isEmpty();
    }

    @Test
    void lists_quotes_newest_first_as_summaries_with_the_total_that_matched() {
        draftFiveQuotes();
        projection.on(lineAdded(quote(3), 1, deskLamps()), 1, hoursLater(30));

        QuotePage page = list(new ListQuotes(null, null, null, 0, 20));

        assertThat(page.items())
                .extracting(QuoteSummary::id)
                .containsExactly(quote(5), quote(4), quote(3), quote(2), quote(1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items().get(2))
                .isEqualTo(new QuoteSummary(
                        quote(3),
                        HAMBURG_IMPORTS,
                        BOB,
                        QuoteStatus.DRAFT,
                        1,
                        eur("950.00"),
                        VALID_UNTIL,
                        hoursLater(30)));
    }

    @Test
    void lists_the_quotes_of_one_customer() {
        draftFiveQuotes();

        assertThat(idsOf(new ListQuotes(SHANGHAI_TEXTILES, null, null, 0, 20))).containsExactly(quote(4), quote(2));
    }

    @Test
    void lists_the_quotes_of_one_salesperson() {
        draftFiveQuotes();

        assertThat(idsOf(new ListQuotes(null, BOB, null, 0, 20))).containsExactly(quote(4), quote(3));
    }

    @Test
    void lists_the_quotes_in_one_status() {
        draftFiveQuotes();
        projection.on(issued(quote(2), 1, deskLamps()), 1, hoursLater(30));
        projection.on(issued(quote(5), 1, deskLamps()), 1, hoursLater(30));

        assertThat(idsOf(new ListQuotes(null, null, QuoteStatus.ISSUED, 0, 20))).containsExactly(quote(5), quote(2));
        assertThat(idsOf(new ListQuotes(null, null, QuoteStatus.DRAFT, 0, 20)))
                .containsExactly(quote(4), quote(3), quote(1));
    }

    @Test
    void combines_the_filters() {
        draftFiveQuotes();
        projection.on(issued(quote(4), 1, deskLamps()), 1, hoursLater(30));

        assertThat(idsOf(new ListQuotes(SHANGHAI_TEXTILES, BOB, QuoteStatus.ISSUED, 0, 20)))
                .containsExactly(quote(4));
        assertThat(idsOf(new ListQuotes(SHANGHAI_TEXTILES, ALICE, QuoteStatus.ISSUED, 0, 20)))
                .isEmpty();
    }

    @Test
    void pages_through_the_book() {
        draftFiveQuotes();

        QuotePage second = list(new ListQuotes(null, null, null, 1, 2));
        QuotePage beyond = list(new ListQuotes(null, null, null, 3, 2));

        assertThat(second.items()).extracting(QuoteSummary::id).containsExactly(quote(3), quote(2));
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    private void givenLampQuoteWithTwoLines() {
        projection.on(lampQuoteDrafted(), 0, DRAFTED_AT);
        projection.on(lineAdded(LAMP_QUOTE, 1, deskLamps()), 1, hoursLater(1));
        projection.on(lineAdded(LAMP_QUOTE, 1, lampShades()), 2, hoursLater(2));
    }

    /** The lamp quote, its desk lamps and lamp shades issued as revision 1 (1110.00 EUR) at sequence 3. */
    private void givenLampQuoteIssued() {
        givenLampQuoteWithTwoLines();
        projection.on(issued(LAMP_QUOTE, 1, deskLamps(), lampShades()), 3, hoursLater(3));
    }

    /** Quotes 1 to 5, drafted an hour apart: Alice's and Bob's, for Hamburg Imports and Shanghai Textiles. */
    private void draftFiveQuotes() {
        projection.on(drafted(quote(1), HAMBURG_IMPORTS, ALICE), 0, hoursLater(1));
        projection.on(drafted(quote(2), SHANGHAI_TEXTILES, ALICE), 0, hoursLater(2));
        projection.on(drafted(quote(3), HAMBURG_IMPORTS, BOB), 0, hoursLater(3));
        projection.on(drafted(quote(4), SHANGHAI_TEXTILES, BOB), 0, hoursLater(4));
        projection.on(drafted(quote(5), HAMBURG_IMPORTS, ALICE), 0, hoursLater(5));
    }

    private static QuoteId quote(int number) {
        return QuoteId.of("9a4f2c6e-0000-4000-8000-0000000001%02d".formatted(number));
    }

    private QuoteView find(QuoteId id) {
        return queries.handle(new FindQuote(id)).orElseThrow();
    }

    private IssuedRevisionView findRevision(QuoteId id, int revision) {
        return queries.handle(new FindQuoteRevision(id, revision)).orElseThrow();
    }

    private QuotePage list(ListQuotes query) {
        return queries.handle(query);
    }

    private List<QuoteId> idsOf(ListQuotes query) {
        return list(query).items().stream().map(QuoteSummary::id).toList();
    }
}
