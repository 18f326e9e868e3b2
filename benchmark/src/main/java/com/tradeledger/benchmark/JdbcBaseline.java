package com.tradeledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The physical limit, measured on the same PostgreSQL with no framework: (a) a "command" is one transaction that
 * reads its aggregate's stream head and appends one event row of realistic size; (b) event rows appended in JDBC
 * batches (rewritten to multi-row inserts) as fast as one connection goes. Both write to a scratch copy of the
 * event table ({@code LIKE domainevententry INCLUDING ALL}, with a sequence of its own), dropped afterwards.
 */
final class JdbcBaseline implements AutoCloseable {

    private static final String TABLE = "bench_baseline_event";
    private static final String INSERT = "insert into " + TABLE
            + " (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision,"
            + " payload, metadata) values (?, ?, ?, 'Contract', ?, 'com.tradeledger.contracting.ContractSigned', null, ?, ?)";

    /** What a run of (a) measured. */
    record PerCommand(double commandsPerSecond, double p50, double p95, double p99) {}

    private final String jdbcUrl;
    private final byte[] payload;
    private final byte[] metadata;

    JdbcBaseline(String jdbcUrl) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create table " + TABLE + " (like domainevententry including all)");
            statement.execute("create sequence if not exists " + TABLE + "_seq");
            statement.execute(
                    "alter table " + TABLE + " alter column globalindex set default nextval('" + TABLE + "_seq')");
            byte[][] sample = sample(statement);
            this.payload = sample[0];
            this.metadata = sample[1];
        }
    }

    int payloadBytes() {
        return payload.length + metadata.length;
    }

    /** A real event's payload and metadata of about the log's average size; a made-up one on an empty log. */
    private static byte[][] sample(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("""
                with average as (select avg(length(payload)) as size from domainevententry)
                select payload, metadata from domainevententry, average
                order by abs(length(payload) - average.size) limit 1""")) {
            if (rows.next()) {
                return new byte[][] {rows.getBytes(1), rows.getBytes(2)};
            }
        }
        String payload = "{\"contractId\":\"" + UUID.randomUUID() + "\",\"signedBy\":\"bench-sales-1\",\"total\":"
                + "{\"amount\":\"12345.00\",\"currency\":\"USD\"},\"lines\":[{\"lineNumber\":1,\"quantity\":\"100\"}]}";
        String metadata = "{\"username\":\"bench-sales-1\",\"correlationId\":\"" + UUID.randomUUID()
                + "\",\"causationId\":\"" + UUID.randomUUID() + "\"}";
        return new byte[][] {payload.getBytes(StandardCharsets.UTF_8), metadata.getBytes(StandardCharsets.UTF_8)};
    }

    /** (a): so many clients, each its own connection, one transaction per command, for the given seconds. */
    PerCommand perCommand(int clients, int seconds) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicLong commands = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
                    connection.setAutoCommit(false);
                    PreparedStatement head = connection.prepareStatement(
                            "select max(sequencenumber) from " + TABLE + " where aggregateidentifier = ?");
                    PreparedStatement insert = connection.prepareStatement(INSERT);
                    String aggregate = UUID.randomUUID().toString();
                    int events = 0;
                    while (System.nanoTime() < end) {
                        if (events++ % 20 == 0) {
                            aggregate = UUID.randomUUID().toString();
                        }
                        long sent = System.nanoTime();
                        head.setString(1, aggregate);
                        long sequence;
                        try (ResultSet rows = head.executeQuery()) {
                            rows.next();
                            long last = rows.getLong(1);
                            sequence = rows.wasNull() ? 0 : last + 1;
                        }
                        bind(insert, aggregate, sequence);
                        insert.executeUpdate();
                        connection.commit();
                        long done = System.nanoTime();
                        if (done <= end) {
                            latencies.recordNanos(done - sent);
                            commands.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    System.out.println("[bench] baseline client failed: " + e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new PerCommand(
                commands.get() / (double) seconds,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99));
    }

    /** (b): batches of 1 000 rows, one transaction each, on one connection, for the given seconds; events/s. */
    double batched(int seconds) throws SQLException {
        String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            String aggregate = UUID.randomUUID().toString();
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1000; i++) {
                    if (i % 20 == 0) {
                        aggregate = UUID.randomUUID().toString();
                    }
                    bind(insert, aggregate, i % 20);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                rows += 1000;
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private void bind(PreparedStatement insert, String aggregate, long sequence) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, aggregate);
        insert.setLong(3, sequence);
        insert.setString(4, Instant.now().toString());
        insert.setBytes(5, payload);
        insert.setBytes(6, metadata);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute("drop sequence if exists " + TABLE + "_seq");
        }
    }
}
