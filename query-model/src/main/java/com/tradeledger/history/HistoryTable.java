package com.tradeledger.history;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.RowStreams;
import com.tradeledger.shared.Sorting;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One history table's entries: the columns every entry has, and reading one timeline of them (the rows of a scope)
 * filtered by event type and dates, in the order asked for, a page at a time or streamed whole.
 */
final class HistoryTable {

    static final String COLUMNS = "position, event_type, aggregate_type, aggregate_id, sequence_number, occurred_at,"
            + " username, correlation_id, summary";

    static final String VALUES = ":position, :eventType, :aggregateType, :aggregateId, :sequenceNumber, :at, :who,"
            + " :correlationId, :summary";

    private static final Map<String, String> SORTABLE = Map.of("position", "position");

    private final String table;
    private final JdbcClient jdbc;
    private final RowStreams streams;

    HistoryTable(String table, JdbcClient jdbc, RowStreams streams) {
        this.table = table;
        this.jdbc = jdbc;
        this.streams = streams;
    }

    /** The named parameters of {@link #VALUES} for an entry. */
    static Map<String, Object> parameters(HistoryEntryView entry) {
        var parameters = new HashMap<String, Object>();
        parameters.put("position", entry.position());
        parameters.put("eventType", entry.eventType());
        parameters.put("aggregateType", entry.aggregateType());
        parameters.put("aggregateId", entry.aggregateId());
        parameters.put("sequenceNumber", entry.sequenceNumber());
        parameters.put("at", timestamp(entry.at()));
        parameters.put("who", entry.who());
        parameters.put("correlationId", entry.correlationId());
        parameters.put("summary", entry.summary());
        return parameters;
    }

    /** One page of the scope's entries that pass the filter, and how many pass in all. */
    Slice page(String scope, Map<String, Object> scopeParameters, HistoryFilter filter, PageWindow window) {
        return new Slice(items(scope, scopeParameters, filter, window), count(scope, scopeParameters, filter));
    }

    /** One page of the scope's entries that pass the filter. */
    List<HistoryEntryView> items(
            String scope, Map<String, Object> scopeParameters, HistoryFilter filter, PageWindow window) {
        var parameters = new HashMap<>(scopeParameters);
        String where = where(scope, filter, parameters);
        return jdbc.sql("select " + COLUMNS + " from " + table + where + orderBy(filter)
                        + " limit :limit offset :offset")
                .params(parameters)
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(HistoryTable::entryOf)
                .list();
    }

    /** How many of the scope's entries pass the filter, counted one by one. */
    long count(String scope, Map<String, Object> scopeParameters, HistoryFilter filter) {
        var parameters = new HashMap<>(scopeParameters);
        return jdbc.sql("select count(*) from " + table + where(scope, filter, parameters))
                .params(parameters)
                .query(Long.class)
                .single();
    }

    /** Every entry of the scope that passes the filter, in order, one at a time; how many there were. */
    long export(
            String scope, Map<String, Object> scopeParameters, HistoryFilter filter, Consumer<HistoryEntryView> sink) {
        var parameters = new HashMap<>(scopeParameters);
        String where = where(scope, filter, parameters);
        return streams.forEach(
                "select " + COLUMNS + " from " + table + where + orderBy(filter),
                parameters,
                HistoryTable::entryOf,
                sink);
    }

    private static String where(String scope, HistoryFilter filter, Map<String, Object> parameters) {
        var where = new StringBuilder(" where ").append(scope);
        if (!filter.eventTypes().isEmpty()) {
            where.append(" and event_type in (:eventTypes)");
            parameters.put("eventTypes", filter.eventTypes());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :before");
            parameters.put("before", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return where.toString();
    }

    /**
     * The order the filter asks for: by position, which ends both tables' primary keys, so that a page of one scope
     * reads only its own rows in the key's order instead of sorting all of the scope's.
     *
     * @throws com.tradeledger.shared.UnknownSortField unless it is {@code position} or {@code -position}
     */
    static String orderBy(HistoryFilter filter) {
        return Sorting.ofNotNull(filter.sort(), SORTABLE, "position", "position")
                .orderBy();
    }

    private static HistoryEntryView entryOf(ResultSet row, int rowNumber) throws SQLException {
        return new HistoryEntryView(
                row.getLong("position"),
                instant(row, "occurred_at"),
                row.getString("event_type"),
                row.getString("aggregate_type"),
                row.getString("aggregate_id"),
                row.getLong("sequence_number"),
                row.getString("username"),
                row.getString("correlation_id"),
                row.getString("summary"));
    }

    /** Entries of one page and the number of entries on all pages. */
    record Slice(List<HistoryEntryView> items, long total) {}
}
