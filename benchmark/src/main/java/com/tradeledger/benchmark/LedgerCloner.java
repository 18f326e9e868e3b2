package com.tradeledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grows the ledger to about a million events by cloning real deals with JDBC while the server is stopped. Each copy
 * of a template deal gets fresh event ids and fresh ids for every aggregate created inside the deal (every UUID of
 * its rows is replaced, except the ids of aggregates that existed before it: customers, products, stock, suppliers,
 * agents), whose events keep their sequence numbers; the events of those shared aggregates are appended with their
 * next sequence numbers. Invoice and credit note numbers are renumbered per series and year, continuing the
 * {@code document_number} table, which is moved on. Every timestamp, date and instant of a copy is shifted back by
 * the copy's age, spread over the past two years. Copies are appended one after the other, each in its own order.
 */
final class LedgerCloner {

    private static final Pattern UUIDS =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBERS = Pattern.compile("\"(INV|CN)-(\\d{4})-(\\d{6,})\"");
    private static final Pattern INSTANTS = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)\"");
    private static final Pattern DATES = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final String INSERT = "insert into domainevententry (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final String jdbcUrl;
    private final Map<String, Long> documentNumbers = new HashMap<>();
    private final Map<String, Long> sharedSequences = new HashMap<>();

    LedgerCloner(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** Appends copies of the template deals (global index ranges) until the log holds the target; returns events added. */
    long cloneUntil(List<long[]> templates, long target) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setAutoCommit(false);
            long existing = new Tokens(connection).head();
            List<List<TemplateEvent>> deals = new ArrayList<>();
            List<Set<String>> shared = new ArrayList<>();
            List<Set<String>> kept = new ArrayList<>();
            long perRound = 0;
            for (long[] range : templates) {
                List<TemplateEvent> events = TemplateEvent.read(connection, range[0], range[1]);
                Set<String> created = new HashSet<>();
                events.stream().filter(e -> e.sequenceNumber() == 0).forEach(e -> created.add(e.aggregateIdentifier()));
                Set<String> others = new HashSet<>();
                events.stream()
                        .map(TemplateEvent::aggregateIdentifier)
                        .filter(id -> !created.contains(id))
                        .forEach(others::add);
                deals.add(events);
                shared.add(others);
                kept.add(preexisting(connection, events, range[0]));
                perRound += events.size();
            }
            readCounters(connection, shared);
            long copies = Math.max(0, (target - existing) / Math.max(1, perRound)) * templates.size();
            long added = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (long copy = 0; copy < copies; copy++) {
                    int template = (int) (copy % deals.size());
                    long ageDays = 730 - (copy * 730 / Math.max(1, copies));
                    added += append(
                            insert,
                            deals.get(template),
                            shared.get(template),
                            kept.get(template),
                            Duration.ofDays(ageDays));
                    if (copy % 200 == 199) {
                        insert.executeBatch();
                        connection.commit();
                        System.out.printf("[bench] cloned %d of %d deals (%d events)%n", copy + 1, copies, added);
                    }
                }
                insert.executeBatch();
            }
            writeCounters(connection);
            connection.commit();
            return added;
        }
    }

    private long append(
            PreparedStatement insert, List<TemplateEvent> events, Set<String> shared, Set<String> kept, Duration age)
            throws SQLException {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (TemplateEvent event : events) {
            Instant at = Instant.parse(event.timestamp()).minus(age);
            String aggregate = event.aggregateIdentifier();
            long sequence = event.sequenceNumber();
            if (shared.contains(aggregate)) {
                sequence = sharedSequences.merge(aggregate, 1L, Long::sum);
            } else {
                aggregate = fresh(aggregate, ids, kept);
            }
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setString(4, event.type());
            insert.setString(5, at.toString());
            insert.setString(6, event.payloadType());
            insert.setString(7, event.payloadRevision());
            insert.setBytes(8, rewrite(event.payload(), ids, numbers, kept, age, at));
            insert.setBytes(
                    9, event.metadata() == null ? null : rewrite(event.metadata(), ids, numbers, kept, age, at));
            insert.addBatch();
        }
        return events.size();
    }

    private byte[] rewrite(
            String text,
            Map<String, String> ids,
            Map<String, String> numbers,
            Set<String> shared,
            Duration age,
            Instant at) {
        String out = replace(UUIDS, text, m -> fresh(m.group(), ids, shared));
        out = replace(
                NUMBERS,
                out,
                m -> numbers.computeIfAbsent(m.group(), original -> {
                    int year = at.atZone(ZoneOffset.UTC).getYear();
                    long next = documentNumbers.merge(m.group(1) + ":" + year, 1L, Long::sum);
                    return String.format("\"%s-%04d-%06d\"", m.group(1), year, next);
                }));
        out = replace(INSTANTS, out, m -> "\"" + Instant.parse(m.group(1)).minus(age) + "\"");
        out = replace(DATES, out, m -> "\"" + LocalDate.parse(m.group(1)).minusDays(age.toDays()) + "\"");
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The UUIDs a deal's rows mention that are ids of aggregates older than the deal: they are kept in every copy. */
    private static Set<String> preexisting(Connection connection, List<TemplateEvent> events, long from)
            throws SQLException {
        Set<String> mentioned = new HashSet<>();
        for (TemplateEvent event : events) {
            mentioned.add(event.aggregateIdentifier());
            for (String text : new String[] {event.payload(), event.metadata()}) {
                if (text != null) {
                    UUIDS.matcher(text).results().forEach(m -> mentioned.add(m.group()));
                }
            }
        }
        Set<String> kept = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select distinct aggregateidentifier from"
                + " domainevententry where aggregateidentifier = any(?) and globalindex < ?")) {
            statement.setArray(1, connection.createArrayOf("varchar", mentioned.toArray()));
            statement.setLong(2, from);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    kept.add(rows.getString(1));
                }
            }
        }
        return kept;
    }

    private static String fresh(String id, Map<String, String> ids, Set<String> shared) {
        return shared.contains(id)
                ? id
                : ids.computeIfAbsent(id, any -> UUID.randomUUID().toString());
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private void readCounters(Connection connection, List<Set<String>> shared) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("select series, year, last_number from document_number");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                documentNumbers.put(rows.getString(1) + ":" + rows.getInt(2), rows.getLong(3));
            }
        }
        Set<String> all = new HashSet<>();
        shared.forEach(all::addAll);
        try (PreparedStatement statement = connection.prepareStatement(
                "select aggregateidentifier, max(sequencenumber) from domainevententry where aggregateidentifier = any(?)"
                        + " group by aggregateidentifier")) {
            statement.setArray(1, connection.createArrayOf("varchar", all.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sharedSequences.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
    }

    private void writeCounters(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("insert into document_number (series, year, last_number) values (?, ?, ?)"
                        + " on conflict (series, year) do update set last_number = excluded.last_number")) {
            for (Map.Entry<String, Long> entry : documentNumbers.entrySet()) {
                String[] key = entry.getKey().split(":");
                statement.setString(1, key[0]);
                statement.setInt(2, Integer.parseInt(key[1]));
                statement.setLong(3, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
