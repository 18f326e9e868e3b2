package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What is measured on the large ledger: rebuilding every projection at once, the analysts' queries, and an
 * integrator reading the whole log from position 0.
 */
final class ReadScenarios {

    private final LedgerServer server;
    private final Staff staff;
    private final LargeLedger large;
    private final Results results;
    private final BenchOptions options;

    ReadScenarios(LedgerServer server, Staff staff, LargeLedger large, Results results, BenchOptions options) {
        this.server = server;
        this.staff = staff;
        this.large = large;
        this.results = results;
        this.options = options;
    }

    /**
     * Rebuilds every projection at once ({@code POST /api/v1/admin/projections/rebuild}) and waits until all are at
     * the head: events of the log per second.
     */
    void rebuild(Double batchedBaseline) throws Exception {
        List<String> projections = staff.projections();
        long events = large.head();
        List<Double> rates = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        for (int r = 0; r < options.repeats(); r++) {
            long start = System.nanoTime();
            JsonNode rebuilding =
                    staff.admin.post("/api/v1/admin/projections/rebuild", "{}").ok();
            if (rebuilding.size() != projections.size()) {
                throw new IllegalStateException("rebuilding " + rebuilding + ", expected " + projections);
            }
            large.awaitCaughtUp(7200);
            double seconds = (System.nanoTime() - start) / 1e9;
            walls.add(seconds);
            rates.add(events / seconds);
        }
        String scenario = "rebuild " + projections.size() + " projections";
        results.add(scenario, "log events/s", "events/s", rates, batchedBaseline, Results.Goal.ratioAtLeast(0.5));
        results.add(scenario, "wall time (" + events + " events)", "s", walls, null, null);
    }

    void queries() throws Exception {
        String customer = mostQuotedCustomer();
        String contract = large.lastContracts(1).get(0);
        String product = recentlyQuotedProduct();
        timed(
                "query: receivables ageing summary",
                staff.finance,
                "/api/v1/receivables/summary?by=bucket",
                Results.Goal.below(50, "ms p95"));
        timed(
                "query: one customer's history",
                staff.manager,
                "/api/v1/customers/" + customer + "/history",
                Results.Goal.below(20, "ms p95"));
        timed("query: one contract's order history", staff.manager, "/api/v1/contracts/" + contract + "/history", null);
        timed(
                "query: stock of one product",
                staff.manager,
                "/api/v1/stock/" + product,
                Results.Goal.below(10, "ms p95"));
        List<Double> seconds = new ArrayList<>();
        long rows = 0;
        for (int r = 0; r < options.repeats(); r++) {
            long start = System.nanoTime();
            rows = staff.finance.drain("/api/v1/receivables?format=csv", "text/csv") - 1;
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        results.add("query: receivables CSV export", "time to last byte (" + rows + " rows)", "s", seconds, null, null);
        if (rows < options.csvRows()) {
            results.note("the CSV export had " + rows + " receivable rows, fewer than the " + options.csvRows()
                    + " aimed at");
        }
    }

    /**
     * An integrator reads the whole log from position 0 in pages of the largest limit, after one untimed read of it
     * (as every query gets one untimed call first), so that neither JVM is timed while it compiles the path.
     */
    void feed() throws Exception {
        readWholeFeed();
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < options.repeats(); r++) {
            long start = System.nanoTime();
            long events = readWholeFeed();
            rates.add(events / ((System.nanoTime() - start) / 1e9));
        }
        results.add(
                "feed from position 0", "events/s", "events/s", rates, null, Results.Goal.atLeast(50_000, "events/s"));
    }

    /** Reads and parses every page of the feed from position 0; how many events it held. */
    private long readWholeFeed() {
        long after = 0;
        long events = 0;
        while (true) {
            JsonNode page = feedPage(after);
            int size = page.path("events").size();
            events += size;
            long next = page.path("next").asLong(after);
            if (size == 0 || next == after) {
                return events;
            }
            after = next;
        }
    }

    /**
     * One page of the feed. A page that fails is noted in the results, with what came, and read again as an
     * integrator would, up to three times in all; the run stops only when all three fail.
     */
    private JsonNode feedPage(long after) {
        String path = "/api/v1/feed?after=" + after + "&limit=1000";
        for (int attempt = 1; ; attempt++) {
            try {
                return staff.integrator.get(path).json();
            } catch (Http.Refused | IllegalStateException failed) {
                results.note("the feed page after " + after + " failed (attempt " + attempt + " of 3): "
                        + failed.getMessage());
                if (attempt == 3) {
                    throw failed;
                }
            }
        }
    }

    private void timed(String scenario, Http who, String path, Results.Goal p95Goal) {
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        who.get(path).ok();
        for (int r = 0; r < options.repeats(); r++) {
            Latencies latencies = new Latencies();
            for (int i = 0; i < options.queryCalls(); i++) {
                long sent = System.nanoTime();
                Http.Answer answer = who.get(path);
                answer.ok();
                latencies.recordNanos(answer.arrivedNanos() - sent);
            }
            p50.add(latencies.percentileMillis(50));
            p95.add(latencies.percentileMillis(95));
            p99.add(latencies.percentileMillis(99));
        }
        results.add(scenario, "p50", "ms", p50, null, null);
        results.add(scenario, "p95", "ms", p95, null, p95Goal);
        results.add(scenario, "p99", "ms", p99, null, null);
    }

    private String mostQuotedCustomer() throws Exception {
        return single(
                "select convert_from(payload, 'UTF8')::json ->> 'customerId', count(*) from domainevententry"
                        + " where payloadtype like '%.QuoteDrafted' group by 1 order by 2 desc limit 1",
                null);
    }

    private String recentlyQuotedProduct() throws Exception {
        return single(
                "select convert_from(payload, 'UTF8')::json -> 'line' ->> 'productId' from domainevententry"
                        + " where payloadtype like '%.QuoteLineAdded' order by globalindex desc limit 1",
                null);
    }

    private String single(String sql, String parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    throw new IllegalStateException("nothing found by: " + sql);
                }
                return rows.getString(1);
            }
        }
    }
}
