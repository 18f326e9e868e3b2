package com.tradeledger.benchmark;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Turns the repeats of one client count's write load into figures, with their baselines and goals. */
final class WriteLoadFigures {

    private WriteLoadFigures() {}

    static void add(Results results, int clients, List<WriteLoad.Run> runs, List<String> projections) {
        boolean eight = clients == 8;
        String write = "write over HTTP, " + clients + " clients";
        Double baseline = results.median("baseline (a) JDBC, " + clients + " clients", "commands/s");
        results.add(
                write,
                "commands/s",
                "/s",
                values(runs, WriteLoad.Run::commandsPerSecond),
                baseline,
                clients >= 8 ? Results.Goal.ratioAtLeast(0.5) : null);
        results.add(write, "deals/s", "/s", values(runs, WriteLoad.Run::dealsPerSecond), null, null);
        results.add(write, "latency p50", "ms", values(runs, WriteLoad.Run::p50), null, null);
        results.add(write, "latency p95", "ms", values(runs, WriteLoad.Run::p95), null, null);
        results.add(
                write,
                "latency p99",
                "ms",
                values(runs, WriteLoad.Run::p99),
                results.median("baseline (a) JDBC, " + clients + " clients", "latency p99"),
                eight ? Results.Goal.below(50, "ms") : null);
        results.add(write, "refused commands", "", values(runs, run -> run.refused()), null, null);

        String lag = "projection lag, " + clients + " clients";
        results.add(lag, "all views p50", "ms", values(runs, run -> run.lagAllViews()[0]), null, null);
        results.add(
                lag,
                "all views p99",
                "ms",
                values(runs, run -> run.lagAllViews()[1]),
                null,
                eight ? Results.Goal.below(500, "ms") : null);
        results.add(lag, "samples", "", values(runs, run -> run.lagAllViews()[2]), null, null);
        if (eight) {
            for (String view : projections) {
                results.add(
                        lag,
                        view + " p50",
                        "ms",
                        values(runs, run -> run.lagPerView().get(view)[0]),
                        null,
                        null);
                results.add(
                        lag,
                        view + " p99",
                        "ms",
                        values(runs, run -> run.lagPerView().get(view)[1]),
                        null,
                        Results.Goal.below(500, "ms"));
            }
        }

        String sse = "SSE delivery delay, " + clients + " clients";
        results.add(sse, "p50", "ms", values(runs, run -> run.sseDelay()[0]), null, null);
        results.add(
                sse,
                "p99",
                "ms",
                values(runs, run -> run.sseDelay()[1]),
                null,
                eight ? Results.Goal.below(500, "ms") : null);
        results.add(sse, "events seen", "", values(runs, run -> run.sseDelay()[2]), null, null);

        String memory = "server memory, " + clients + " clients";
        results.add(
                memory,
                "heap used, max",
                "MB",
                values(runs, WriteLoad.Run::maxHeapMegabytes),
                null,
                clients == 32 ? Results.Goal.below(512, "MB") : null);
        results.add(memory, "RSS, max", "MB", values(runs, WriteLoad.Run::maxRssMegabytes), null, null);
    }

    private static List<Double> values(List<WriteLoad.Run> runs, ToDoubleFunction<WriteLoad.Run> figure) {
        return runs.stream().map(run -> figure.applyAsDouble(run)).toList();
    }
}
