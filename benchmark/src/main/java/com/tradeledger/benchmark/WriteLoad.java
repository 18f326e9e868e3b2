package com.tradeledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Write throughput over HTTP: so many clients each run whole deals in a loop for a fixed time. Meanwhile the lag
 * probe, the SSE probe and the memory sampler watch the server. One call is one repeat at one client count.
 */
final class WriteLoad {

    /** What one repeat measured. */
    record Run(
            double commandsPerSecond,
            double dealsPerSecond,
            double p50,
            double p95,
            double p99,
            long refused,
            Map<String, double[]> lagPerView,
            double[] lagAllViews,
            double[] sseDelay,
            double maxHeapMegabytes,
            double maxRssMegabytes) {}

    private final LedgerServer server;
    private final Staff staff;
    private final Seeder.Ledger ledger;
    private final List<String> projections;
    private final AtomicInteger dealNumbers = new AtomicInteger();

    WriteLoad(LedgerServer server, Staff staff, Seeder.Ledger ledger, List<String> projections) {
        this.server = server;
        this.staff = staff;
        this.ledger = ledger;
        this.projections = projections;
    }

    Run run(int clients, int seconds) throws Exception {
        long head;
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            head = new Tokens(connection).head();
        }
        LagProbe lag = new LagProbe(server.jdbcUrl(), staff.admin, projections);
        SseProbe sse = new SseProbe(staff.integrator, head);
        MemorySampler memory = new MemorySampler(staff.admin, server);
        List<Thread> watchers = List.of(daemon(lag, "lag"), daemon(sse, "sse"), daemon(memory, "memory"));
        Latencies latencies = new Latencies();
        AtomicLong commands = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong deals = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Deal.Commands timed = new Deal.Commands() {
            @Override
            public Http.Answer send(Http who, String path, Object body) {
                long sent = System.nanoTime();
                Http.Answer answer = who.post(path, body);
                if (answer.arrivedNanos() <= end) {
                    latencies.recordNanos(answer.arrivedNanos() - sent);
                    if (answer.status() < 300) {
                        commands.incrementAndGet();
                        lag.offer(answer.arrivedNanos());
                    } else {
                        refused.incrementAndGet();
                    }
                }
                return answer;
            }

            @Override
            public boolean over() {
                return System.nanoTime() >= end;
            }
        };
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread worker = new Thread(
                    () -> {
                        Deal deal = new Deal(staff, ledger, timed, 31L * client + dealNumbers.get());
                        while (!timed.over()) {
                            try {
                                deal.run(client, dealNumbers.incrementAndGet(), true);
                                if (!timed.over()) {
                                    deals.incrementAndGet();
                                }
                            } catch (Deal.Stopped stopped) {
                                return;
                            } catch (RuntimeException failed) {
                                System.out.println("[bench] a deal failed: " + failed.getMessage());
                            }
                        }
                    },
                    "client-" + c);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = Math.max(seconds, (System.nanoTime() - start) / 1e9);
        Thread.sleep(1000);
        lag.stop();
        sse.stop();
        memory.stop();
        for (Thread watcher : watchers) {
            watcher.join(5000);
        }
        if (lag.timedOut() > 0) {
            System.out.println("[bench] lag samples not seen within 30 s: " + lag.timedOut());
        }
        Map<String, double[]> perView = new HashMap<>();
        lag.perView().forEach((view, values) -> perView.put(view, percentiles(values)));
        return new Run(
                commands.get() / (double) seconds,
                deals.get() / (double) seconds,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99),
                refused.get(),
                perView,
                percentiles(lag.allViews()),
                percentiles(sse.delay()),
                memory.maxHeapMegabytes(),
                memory.maxRssMegabytes());
    }

    private static double[] percentiles(Latencies values) {
        return new double[] {values.percentileMillis(50), values.percentileMillis(99), values.count()};
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
