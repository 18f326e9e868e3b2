package com.tradeledger.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark harness (issue 7): starts the ledger, seeds it, measures write throughput, projection lag and SSE
 * delay under load against plain JDBC on the same PostgreSQL, then grows a large ledger and measures rebuilds,
 * queries and the feed. Writes {@code target/results/<timestamp>.json} and {@code .md}. See docs/benchmarks.md.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        Path work = Files.createTempDirectory("trade-ledger-bench");
        Results results = null;
        try (LedgerServer server = new LedgerServer(options, work)) {
            double startUp = server.start();
            results = new Results(Machine.describe(server.jdbcUrl()), options);
            Runs runs = new Runs(server, options, results);
            results.add("server", "start-up to healthy (empty ledger)", "s", List.of(startUp), null, null);
            runs.all();
        } catch (Exception failure) {
            failure.printStackTrace();
            if (results != null) {
                results.note("the run stopped early: " + failure);
            }
            throw failure;
        } finally {
            if (results != null) {
                results.write();
            }
            if (Boolean.getBoolean("bench.keep")) {
                System.out.println(
                        "[bench] the ledger's PostgreSQL data directory is kept: " + work.resolve("postgres"));
            } else {
                try (var paths = Files.walk(work)) {
                    paths.sorted(java.util.Comparator.reverseOrder())
                            .forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /** The scenarios in order, each repeated. */
    private record Runs(LedgerServer server, BenchOptions options, Results results) {

        void all() throws Exception {
            Staff staff = new Staff(server.baseUrl(), server.adminPassword(), 8);
            staff.create();
            results.note("scenarios: " + String.join(", ", options.scenarios()));
            boolean grows = options.runs("large") && !server.external();
            Seeder.Ledger ledger = options.runs("writes") || grows ? seed(staff) : null;
            Double batched = options.runs("baselines") ? baselines() : null;
            if (options.runs("writes")) {
                writeLoad(staff, ledger, staff.projections());
            }

            LargeLedger large = new LargeLedger(server, staff, ledger, results);
            if (options.runs("large") && server.external()) {
                results.note(
                        "a server given by bench.url cannot be stopped: the large ledger is what it already holds");
            } else if (grows) {
                List<long[]> templates = large.templates(options.templates(), options.unpaidEvery());
                results.note("template deals left with their invoice open: "
                        + (options.unpaidEvery() == 1 ? "all" : "one in " + options.unpaidEvery()));
                large.grow(templates, options.events());
                double startUp = server.start();
                results.add("server", "start-up to healthy (large ledger)", "s", List.of(startUp), null, null);
                long head = large.head();
                double catchUp = large.awaitCaughtUp(7200);
                results.add(
                        "catch-up after cloning",
                        "seconds to head (" + head + " events)",
                        "s",
                        List.of(catchUp),
                        null,
                        null);
                large.verify();
            }
            ReadScenarios reads = new ReadScenarios(server, staff, large, results, options);
            if (options.runs("rebuild")) {
                reads.rebuild(batched);
            }
            if (options.runs("queries")) {
                reads.queries();
            }
            if (options.runs("feed")) {
                reads.feed();
            }
            results.add("server", "peak RSS (VmHWM) at the end", "MB", List.of(server.peakRssMegabytes()), null, null);
        }

        private Seeder.Ledger seed(Staff staff) throws Exception {
            long seeding = System.nanoTime();
            Seeder.Ledger ledger =
                    options.quick() ? new Seeder(staff).seed(16, 16, 4, 3) : new Seeder(staff).seed(400, 300, 30, 10);
            results.note(String.format(
                    "seeded %d customers, %d products with price tiers and supplier offers, %d agents in %.1f s",
                    ledger.customersBySales().stream().mapToInt(List::size).sum(),
                    ledger.products().size(),
                    ledger.agents().size(),
                    (System.nanoTime() - seeding) / 1e9));
            return ledger;
        }

        /** Baseline (a) at each client count and (b); returns (b)'s median. */
        private Double baselines() throws Exception {
            try (JdbcBaseline baseline = new JdbcBaseline(server.jdbcUrl())) {
                results.note("baseline event rows carry " + baseline.payloadBytes() + " bytes of payload and metadata");
                for (int clients : options.clients()) {
                    List<Double> rates = new ArrayList<>();
                    List<Double> p50 = new ArrayList<>();
                    List<Double> p95 = new ArrayList<>();
                    List<Double> p99 = new ArrayList<>();
                    for (int r = 0; r < options.repeats(); r++) {
                        JdbcBaseline.PerCommand run = baseline.perCommand(clients, options.seconds());
                        rates.add(run.commandsPerSecond());
                        p50.add(run.p50());
                        p95.add(run.p95());
                        p99.add(run.p99());
                    }
                    String scenario = "baseline (a) JDBC, " + clients + " clients";
                    results.add(scenario, "commands/s", "/s", rates, null, null);
                    results.add(scenario, "latency p50", "ms", p50, null, null);
                    results.add(scenario, "latency p95", "ms", p95, null, null);
                    results.add(scenario, "latency p99", "ms", p99, null, null);
                }
                List<Double> batched = new ArrayList<>();
                for (int r = 0; r < options.repeats(); r++) {
                    batched.add(baseline.batched(options.seconds()));
                }
                return results.add("baseline (b) JDBC batched", "events/s", "events/s", batched, null, null)
                        .median();
            }
        }

        private void writeLoad(Staff staff, Seeder.Ledger ledger, List<String> projections) throws Exception {
            WriteLoad load = new WriteLoad(server, staff, ledger, projections);
            for (int clients : options.clients()) {
                List<WriteLoad.Run> runs = new ArrayList<>();
                for (int r = 0; r < options.repeats(); r++) {
                    runs.add(load.run(clients, options.seconds()));
                }
                WriteLoadFigures.add(results, clients, runs, projections);
            }
        }
    }
}
