package com.tradeledger.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The options of one benchmark run, read from {@code -Dbench.*} system properties. {@code bench.quick} shrinks every
 * scenario so the harness itself can be checked in a minute or two; its numbers mean nothing. {@code bench.scenarios}
 * runs only some of the {@link #SCENARIOS}, in their order.
 */
record BenchOptions(
        boolean quick,
        List<Integer> clients,
        int seconds,
        int repeats,
        long events,
        int templates,
        int unpaidEvery,
        String url,
        String jdbc,
        String adminPassword,
        String serverJvm,
        Path jar,
        Path results,
        List<String> scenarios) {

    /** Every scenario, in the order a run takes them. */
    static final List<String> SCENARIOS = List.of("baselines", "writes", "large", "rebuild", "queries", "feed");

    static BenchOptions fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        List<Integer> clients = Arrays.stream(
                        System.getProperty("bench.clients", "1,8,32").split(","))
                .map(String::trim)
                .filter(each -> !each.isEmpty())
                .map(Integer::valueOf)
                .toList();
        return new BenchOptions(
                quick,
                clients,
                quick ? 3 : integer("bench.seconds", 30),
                Math.max(3, integer("bench.repeats", 3)),
                quick ? 20_000 : Long.parseLong(System.getProperty("bench.events", "1000000")),
                quick ? 3 : integer("bench.templates", 30),
                Math.max(1, integer("bench.unpaidEvery", 3)),
                blankToNull(System.getProperty("bench.url")),
                blankToNull(System.getProperty("bench.jdbc")),
                blankToNull(System.getProperty("bench.password")),
                System.getProperty("bench.serverJvm", "-Xmx1g"),
                Path.of(System.getProperty("bench.jar", "../app/target/trade-ledger.jar")),
                Path.of(System.getProperty("bench.results", "target/results")),
                scenarios(System.getProperty("bench.scenarios", String.join(",", SCENARIOS))));
    }

    /** Whether this run takes the scenario. */
    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** Query scenarios: how many timed calls per repeat. */
    int queryCalls() {
        return quick ? 20 : 300;
    }

    /** Receivable rows the CSV export should reach; the large ledger is sized so that it has them. */
    int csvRows() {
        return quick ? 1_000 : 100_000;
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)));
    }

    private static List<String> scenarios(String chosen) {
        Set<String> names = Set.of(chosen.replace(" ", "").split(","));
        List<String> unknown =
                names.stream().filter(name -> !SCENARIOS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "bench.scenarios: unknown " + unknown + "; the scenarios are " + SCENARIOS);
        }
        return SCENARIOS.stream().filter(names::contains).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
