package com.tradeledger.replaycheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares one live table with its shadow copy in SQL, joined on the primary key (or, for a table without one, as
 * multisets of whole rows): counts of each kind of difference, and the first few rows with the columns that differ.
 * Rows are compared as {@code jsonb}, so numbers compare by value and every column type has an equality.
 */
final class ShadowComparison {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final String shadowSchema;
    private final int examples;

    ShadowComparison(JdbcClient jdbc, String shadowSchema, int examples) {
        this.jdbc = jdbc;
        this.shadowSchema = shadowSchema;
        this.examples = examples;
    }

    TableReport compare(String table) {
        List<String> key = primaryKey(table);
        long liveRows = count("public." + quoted(table));
        long shadowRows = count(shadowSchema + "." + quoted(table));
        return key.isEmpty()
                ? compareWholeRows(table, liveRows, shadowRows)
                : compareByKey(table, key, liveRows, shadowRows);
    }

    private TableReport compareByKey(String table, List<String> key, long liveRows, long shadowRows) {
        String first = quoted(key.get(0));
        String from = "from public." + quoted(table) + " l full join " + shadowSchema + "." + quoted(table) + " s on "
                + key.stream()
                        .map(column -> "l." + quoted(column) + " = s." + quoted(column))
                        .collect(Collectors.joining(" and "));
        String onlyLive = "s." + first + " is null";
        String onlyShadow = "l." + first + " is null";
        String differing =
                "(l." + first + " is not null and s." + first + " is not null and to_jsonb(l) <> to_jsonb(s))";
        long[] counts = jdbc.sql("select count(*) filter (where " + onlyLive + "), count(*) filter (where " + onlyShadow
                        + "), count(*) filter (where " + differing + ") " + from)
                .query((row, number) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)})
                .single();
        String keyObject = key.stream()
                .map(column -> "'" + column + "', coalesce(l." + quoted(column) + ", s." + quoted(column) + ")")
                .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
        List<RowDifference> rows = jdbc.sql("select case when " + onlyLive + " then 'onlyLive' when " + onlyShadow
                        + " then 'onlyShadow' else 'differing' end as kind, " + keyObject + "::text as key,"
                        + " case when " + onlyShadow + " then null else to_jsonb(l)::text end as live,"
                        + " case when " + onlyLive + " then null else to_jsonb(s)::text end as shadow,"
                        + " case when " + differing + " then array(select e.key from jsonb_each(to_jsonb(l)) e"
                        + " where e.value is distinct from to_jsonb(s) -> e.key order by e.key) end as columns "
                        + from + " where " + onlyLive + " or " + onlyShadow + " or " + differing
                        + " order by 1, 2 limit :limit")
                .param("limit", examples)
                .query(ShadowComparison::differenceOf)
                .list();
        return new TableReport(table, key, liveRows, shadowRows, counts[0], counts[1], counts[2], rows);
    }

    private TableReport compareWholeRows(String table, long liveRows, long shadowRows) {
        String live = "select to_jsonb(l) as j from public." + quoted(table) + " l";
        String shadow = "select to_jsonb(s) as j from " + shadowSchema + "." + quoted(table) + " s";
        List<RowDifference> onlyLive = exceptAll(live, shadow, "onlyLive");
        List<RowDifference> onlyShadow = exceptAll(shadow, live, "onlyShadow");
        long onlyLiveCount = countOf(live + " except all " + shadow);
        long onlyShadowCount = countOf(shadow + " except all " + live);
        List<RowDifference> rows = new java.util.ArrayList<>(onlyLive);
        rows.addAll(onlyShadow.subList(0, Math.min(onlyShadow.size(), Math.max(0, examples - rows.size()))));
        return new TableReport(table, List.of(), liveRows, shadowRows, onlyLiveCount, onlyShadowCount, 0, rows);
    }

    private List<RowDifference> exceptAll(String from, String without, String kind) {
        return jdbc
                .sql("select j::text from (" + from + " except all " + without + ") d order by 1 limit :limit")
                .param("limit", examples)
                .query(String.class)
                .list()
                .stream()
                .map(row -> kind.equals("onlyLive")
                        ? new RowDifference(kind, null, List.of(), parse(row), null)
                        : new RowDifference(kind, null, List.of(), null, parse(row)))
                .toList();
    }

    private long countOf(String query) {
        return jdbc.sql("select count(*) from (" + query + ") d")
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> primaryKey(String table) {
        return jdbc.sql("""
                        select a.attname from pg_index i
                          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                         where i.indrelid = to_regclass(:table) and i.indisprimary
                         order by array_position(i.indkey::int2[], a.attnum)
                        """)
                .param("table", "public." + quoted(table))
                .query(String.class)
                .list();
    }

    private static RowDifference differenceOf(ResultSet row, int number) throws SQLException {
        String kind = row.getString("kind");
        JsonNode live = parse(row.getString("live"));
        JsonNode shadow = parse(row.getString("shadow"));
        List<String> columns = List.of();
        java.sql.Array differing = row.getArray("columns");
        if (differing != null) {
            columns = Arrays.asList((String[]) differing.getArray());
            live = only(live, columns);
            shadow = only(shadow, columns);
        }
        return new RowDifference(kind, parse(row.getString("key")), columns, live, shadow);
    }

    private static JsonNode only(JsonNode row, List<String> columns) {
        return row instanceof ObjectNode object ? object.deepCopy().retain(columns) : row;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
