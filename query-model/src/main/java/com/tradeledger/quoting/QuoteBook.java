package com.tradeledger.quoting;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quote book's tables: one row per quote as it now stands, and one per revision issued, exactly as sent.
 * The projection writes them, the query handlers read them. Every change carries the stamp of its event and is
 * skipped when the quote already holds that event or a later one.
 */
@Component
public class QuoteBook {

    private static final TypeReference<List<QuoteLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<QuoteFeedback>> FEEDBACK = new TypeReference<>() {};
    private static final TypeReference<List<Integer>> REVISIONS = new TypeReference<>() {};

    // Lines are kept as their JSON form, in which a line's number is the property "lineNumber".
    private static final String LINES_BUT_THE_NUMBERED_ONE = """
            (select coalesce(jsonb_agg(existing.line order by existing.position), '[]')
               from jsonb_array_elements(lines) with ordinality as existing(line, position)
              where cast(existing.line ->> 'lineNumber' as integer) <> :lineNumber)""";

    private static final String LINES_WITH_THE_NUMBERED_ONE_REPLACED = """
            (select coalesce(jsonb_agg(case when cast(existing.line ->> 'lineNumber' as integer) = :lineNumber
                                            then cast(:line as jsonb) else existing.line end
                                       order by existing.position), '[]')
               from jsonb_array_elements(lines) with ordinality as existing(line, position))""";

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public QuoteBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a newly drafted quote with its lines and feedback; a quote already in the book is left as it is. The
     * view's total, below-floor flag and issued revisions are derived on read, so they are not stored.
     */
    public void add(QuoteView quote) {
        jdbc.sql("""
                        insert into quote_book (quote_id, customer_id, salesperson, customer_grade, currency, incoterm,
                            named_place, valid_until, status, revision, lines, approved, feedback, closing_reason,
                            version, drafted_at, changed_at)
                        values (:id, :customerId, :salesperson, :customerGrade, :currency, :incoterm, :namedPlace,
                            :validUntil, :status, :revision, cast(:lines as jsonb), :approved,
                            cast(:feedback as jsonb), :closingReason, :version, :draftedAt, :changedAt)
                        on conflict (quote_id) do nothing
                        """).params(columnsOf(quote)).update();
    }

    public void addLine(QuoteId id, int revision, QuoteLine line, EventStamp stamp) {
        changeLines(
                id,
                revision,
                "lines || jsonb_build_array(cast(:line as jsonb))",
                Map.of("line", json.write(line)),
                stamp);
    }

    public void changeLine(QuoteId id, int revision, QuoteLine line, EventStamp stamp) {
        var columns = Map.<String, Object>of("lineNumber", line.lineNumber(), "line", json.write(line));
        changeLines(id, revision, LINES_WITH_THE_NUMBERED_ONE_REPLACED, columns, stamp);
    }

    public void removeLine(QuoteId id, int revision, int lineNumber, EventStamp stamp) {
        changeLines(id, revision, LINES_BUT_THE_NUMBERED_ONE, Map.of("lineNumber", lineNumber), stamp);
    }

    public void approve(QuoteId id, int revision, EventStamp stamp) {
        update(id, stamp, "approved = true, revision = :revision", Map.of("revision", revision));
    }

    /**
     * Records an issued revision as the customer was sent it, and makes its lines and terms the quote's current
     * ones. Both happen only if the quote has not yet taken this event, so a redelivery cannot add a revision.
     */
    public void issue(IssuedRevisionView issued, EventStamp stamp) {
        jdbc.sql("""
                        with taken as (
                            update quote_book set status = :status, revision = :revision, lines = cast(:lines as jsonb),
                                incoterm = :incoterm, named_place = :namedPlace, valid_until = :validUntil,
                                version = :version, changed_at = :changedAt
                             where quote_id = :id and version < :version
                            returning quote_id)
                        insert into quote_revision (quote_id, revision, lines, total_amount, currency, incoterm,
                            named_place, issued_on, valid_until, issued_at)
                        select quote_id, :revision, cast(:lines as jsonb), :totalAmount, :currency, :incoterm,
                            :namedPlace, :issuedOn, :validUntil, :issuedAt
                          from taken
                        on conflict (quote_id, revision) do nothing
                        """)
                .params(columnsOf(issued))
                .param("status", QuoteStatus.ISSUED.name())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    public void recordFeedback(QuoteId id, QuoteFeedback feedback, EventStamp stamp) {
        update(
                id,
                stamp,
                "feedback = feedback || jsonb_build_array(cast(:feedback as jsonb))",
                Map.of("feedback", json.write(feedback)));
    }

    /** Opens a new revision on the current lines, which are those last issued; it needs approval anew. */
    public void revise(QuoteId id, int revision, LocalDate validUntil, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", QuoteStatus.DRAFT.name());
        columns.put("revision", revision);
        columns.put("validUntil", validUntil);
        update(
                id,
                stamp,
                "status = :status, revision = :revision, approved = false, closing_reason = null,"
                        + " valid_until = coalesce(cast(:validUntil as date), valid_until)",
                columns);
    }

    public void accept(QuoteId id, EventStamp stamp) {
        update(id, stamp, "status = :status", Map.of("status", QuoteStatus.ACCEPTED.name()));
    }

    public void reject(QuoteId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", QuoteStatus.REJECTED.name());
        columns.put("reason", reason);
        update(id, stamp, "status = :status, closing_reason = :reason", columns);
    }

    public void expire(QuoteId id, EventStamp stamp) {
        update(id, stamp, "status = :status", Map.of("status", QuoteStatus.EXPIRED.name()));
    }

    /** Empties the book and its issued revisions, so that both can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from quote_revision").update();
        jdbc.sql("delete from quote_book").update();
    }

    Optional<QuoteView> find(QuoteId id) {
        return jdbc.sql("""
                        select quote_book.*,
                            (select coalesce(jsonb_agg(revision order by revision), '[]')
                               from quote_revision
                              where quote_revision.quote_id = quote_book.quote_id) as issued_revisions
                          from quote_book
                         where quote_id = :id
                        """).param("id", id.value()).query(this::quoteOf).optional();
    }

    QuotePage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from quote_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<QuoteSummary> items = jdbc.sql("select * from quote_book" + filters.where()
                        + " order by drafted_at desc, quote_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::summaryOf)
                .list();
        return new QuotePage(items, window.page(), window.size(), total);
    }

    Optional<IssuedRevisionView> findRevision(QuoteId id, int revision) {
        return jdbc.sql("select * from quote_revision where quote_id = :id and revision = :revision")
                .param("id", id.value())
                .param("revision", revision)
                .query(this::issuedRevisionOf)
                .optional();
    }

    // A manager approves a revision as it stood (QuoteApproved): any change to its lines needs approval again.
    private void changeLines(QuoteId id, int revision, String lines, Map<String, Object> columns, EventStamp stamp) {
        var withRevision = new HashMap<>(columns);
        withRevision.put("revision", revision);
        update(id, stamp, "lines = " + lines + ", revision = :revision, approved = false", withRevision);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(QuoteId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update quote_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where quote_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private Map<String, Object> columnsOf(QuoteView quote) {
        var columns = new HashMap<String, Object>();
        columns.put("id", quote.id().value());
        columns.put("customerId", quote.customerId().value());
        columns.put("salesperson", quote.salesperson().value());
        columns.put("customerGrade", nullable(quote.customerGrade(), CustomerGrade::name));
        columns.put("currency", quote.currency().getCurrencyCode());
        columns.put("incoterm", quote.deliveryTerms().incoterm().name());
        columns.put("namedPlace", quote.deliveryTerms().namedPlace());
        columns.put("validUntil", quote.validUntil());
        columns.put("status", quote.status().name());
        columns.put("revision", quote.revision());
        columns.put("lines", json.write(listOrEmpty(quote.lines())));
        columns.put("approved", quote.approved());
        columns.put("feedback", json.write(listOrEmpty(quote.feedback())));
        columns.put("closingReason", quote.closingReason());
        columns.put("version", quote.version());
        columns.put("draftedAt", timestamp(quote.draftedAt()));
        columns.put("changedAt", timestamp(quote.changedAt()));
        return columns;
    }

    private Map<String, Object> columnsOf(IssuedRevisionView issued) {
        var columns = new HashMap<String, Object>();
        columns.put("id", issued.id().value());
        columns.put("revision", issued.revision());
        columns.put("lines", json.write(listOrEmpty(issued.lines())));
        columns.put("totalAmount", issued.total().amount());
        columns.put("currency", issued.total().currency().getCurrencyCode());
        columns.put("incoterm", issued.deliveryTerms().incoterm().name());
        columns.put("namedPlace", issued.deliveryTerms().namedPlace());
        columns.put("issuedOn", issued.issuedOn());
        columns.put("validUntil", issued.validUntil());
        columns.put("issuedAt", timestamp(issued.issuedAt()));
        return columns;
    }

    private QuoteView quoteOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        List<QuoteLine> lines = json.read(row.getString("lines"), LINES);
        return new QuoteView(
                idOf(row),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Username(row.getString("salesperson")),
                nullable(row.getString("customer_grade"), CustomerGrade::valueOf),
                currency,
                deliveryTermsOf(row),
                row.getObject("valid_until", LocalDate.class),
                QuoteStatus.valueOf(row.getString("status")),
                row.getInt("revision"),
                lines,
                totalOf(lines, currency),
                row.getBoolean("approved"),
                lines.stream().anyMatch(QuoteLine::belowFloor),
                json.read(row.getString("feedback"), FEEDBACK),
                json.read(row.getString("issued_revisions"), REVISIONS),
                row.getString("closing_reason"),
                row.getLong("version"),
                instant(row, "drafted_at"),
                instant(row, "changed_at"));
    }

    private QuoteSummary summaryOf(ResultSet row, int rowNumber) throws SQLException {
        return new QuoteSummary(
                idOf(row),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Username(row.getString("salesperson")),
                QuoteStatus.valueOf(row.getString("status")),
                row.getInt("revision"),
                totalOf(json.read(row.getString("lines"), LINES), Currency.getInstance(row.getString("currency"))),
                row.getObject("valid_until", LocalDate.class),
                instant(row, "changed_at"));
    }

    private IssuedRevisionView issuedRevisionOf(ResultSet row, int rowNumber) throws SQLException {
        return new IssuedRevisionView(
                idOf(row),
                row.getInt("revision"),
                json.read(row.getString("lines"), LINES),
                new Money(row.getBigDecimal("total_amount"), Currency.getInstance(row.getString("currency"))),
                deliveryTermsOf(row),
                row.getObject("issued_on", LocalDate.class),
                row.getObject("valid_until", LocalDate.class),
                instant(row, "issued_at"));
    }

    private static QuoteId idOf(ResultSet row) throws SQLException {
        return new QuoteId(row.getObject("quote_id", UUID.class));
    }

    private static DeliveryTerms deliveryTermsOf(ResultSet row) throws SQLException {
        return new DeliveryTerms(Incoterm.valueOf(row.getString("incoterm")), row.getString("named_place"));
    }

    // The sum of the rounded line totals, as QuoteLine.total() is the named rounding point of a line.
    private static Money totalOf(List<QuoteLine> lines, Currency currency) {
        return lines.stream().map(QuoteLine::total).reduce(Money.zero(currency), Money::plus);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
