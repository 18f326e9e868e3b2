package com.tradeledger.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads Axon's event table ({@code domainevententry}) by position, for the feed: raw rows, never deserialised. */
@Component
class EventTable {

    private static final String COLUMNS = "globalindex, eventidentifier, type, aggregateidentifier, sequencenumber,"
            + " timestamp, payloadtype, payloadrevision, payload, metadata";

    private final NamedParameterJdbcTemplate jdbc;
    private volatile String sequence;

    EventTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether another transaction is appending, read after the highest position handed out. Each is its own
     * statement, in that order, and both before the page's snapshot is taken.
     */
    AppendsInFlight appendsInFlight() {
        Long allocated = jdbc.getJdbcTemplate()
                .queryForObject("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + sequence(), Long.class);
        Boolean writing = jdbc.getJdbcTemplate().queryForObject("""
                SELECT EXISTS (SELECT 1 FROM pg_locks
                               WHERE locktype = 'relation' AND relation = 'domainevententry'::regclass
                                 AND mode = 'RowExclusiveLock' AND pid IS DISTINCT FROM pg_backend_pid())""", Boolean.class);
        return new AppendsInFlight(Boolean.TRUE.equals(writing), allocated == null ? 0 : allocated);
    }

    /** Up to {@code limit} events after {@code after} and not past {@code upTo}, in global order. */
    List<StoredEvent> after(long after, long upTo, int limit, FeedFilter filter) {
        var params = new MapSqlParameterSource()
                .addValue("after", after)
                .addValue("upTo", upTo)
                .addValue("limit", limit);
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex > :after AND globalindex <= :upTo");
        if (!filter.eventTypes().isEmpty()) {
            sql.append(" AND (payloadtype IN (:types) OR substring(payloadtype from '[^.]*$') IN (:types))");
            params.addValue("types", filter.eventTypes());
        }
        if (!filter.aggregateTypes().isEmpty()) {
            sql.append(" AND type IN (:aggregateTypes)");
            params.addValue("aggregateTypes", filter.aggregateTypes());
        }
        sql.append(" ORDER BY globalindex LIMIT :limit");
        return jdbc.query(sql.toString(), params, (row, n) -> event(row));
    }

    /** The highest position of a visible event, or {@code after} when none lies beyond it. */
    long lastPosition(long after) {
        Long last = jdbc.getJdbcTemplate().queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        return last == null ? after : Math.max(after, last);
    }

    /** The gaps in the global index above {@code after} and up to {@code upTo}, lowest first. */
    List<IndexGap> gaps(long after, long upTo) {
        return jdbc.query(
                """
                SELECT prev + 1 AS gap, timestamp FROM (
                    SELECT globalindex, timestamp, lag(globalindex, 1, :after) OVER (ORDER BY globalindex) AS prev
                    FROM domainevententry WHERE globalindex > :after AND globalindex <= :upTo) steps
                WHERE globalindex > prev + 1 ORDER BY globalindex""",
                Map.of("after", after, "upTo", upTo),
                (row, n) -> new IndexGap(row.getLong("gap"), Instant.parse(row.getString("timestamp"))));
    }

    private String sequence() {
        if (sequence == null) {
            sequence = jdbc.getJdbcTemplate()
                    .queryForObject("SELECT pg_get_serial_sequence('domainevententry', 'globalindex')", String.class);
        }
        return sequence;
    }

    private static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getLong(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getBytes(9),
                row.getBytes(10));
    }
}
