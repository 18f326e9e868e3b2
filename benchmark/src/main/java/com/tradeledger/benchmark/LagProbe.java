package com.tradeledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag under load. About every 50 ms it takes the answer time of a command that just returned, reads the
 * head of the log right after, and polls the server's processor positions ({@code GET /api/v1/admin/projections},
 * what every segment has handled or passed over, as the processor knows it; the stored tokens of a segment with
 * nothing to handle move only every few seconds) every 2 ms until each projection has passed that position; the lag
 * of a view is the moment it is seen to have passed minus the answer time. Reading the head a little after the
 * answer can only include later events, so the lag is never under-stated.
 */
final class LagProbe implements Runnable {

    private static final long EVERY_NANOS = 50_000_000L;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    private final String jdbcUrl;
    private final Http admin;
    private final List<String> groups;
    private final Map<String, Latencies> lag = new HashMap<>();
    private final Latencies all = new Latencies();
    private final AtomicLong offered = new AtomicLong(0);
    private volatile boolean running = true;
    private long lastTaken;
    private int timedOut;

    LagProbe(String jdbcUrl, Http admin, List<String> groups) {
        this.jdbcUrl = jdbcUrl;
        this.admin = admin;
        this.groups = List.copyOf(groups);
        groups.forEach(group -> lag.put(group, new Latencies()));
    }

    /** Called by a client right after a command's answer arrived; kept when the probe wants a sample. */
    void offer(long arrivedNanos) {
        if (arrivedNanos - lastTaken >= EVERY_NANOS) {
            offered.compareAndSet(0, arrivedNanos);
        }
    }

    void stop() {
        running = false;
    }

    Map<String, Latencies> perView() {
        return lag;
    }

    Latencies allViews() {
        return all;
    }

    int timedOut() {
        return timedOut;
    }

    /** Which processors have handled or passed over every position up to {@code head}, as the server reports. */
    private Map<String, Boolean> passed(long head) {
        Map<String, Boolean> passed = new HashMap<>();
        for (var processor : admin.get("/api/v1/admin/projections").ok()) {
            passed.put(
                    processor.path("name").asText(), processor.path("position").asLong(-1) >= head);
        }
        return passed;
    }

    @Override
    public void run() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            Tokens tokens = new Tokens(connection);
            while (running) {
                long answered = offered.get();
                if (answered == 0) {
                    Thread.sleep(1);
                    continue;
                }
                lastTaken = answered;
                long head = tokens.head();
                Set<String> waiting = new HashSet<>(groups);
                List<String> order = new ArrayList<>(groups);
                while (!waiting.isEmpty() && System.nanoTime() - answered < GIVE_UP_NANOS) {
                    Map<String, Boolean> passed = passed(head);
                    long now = System.nanoTime();
                    for (String group : order) {
                        if (waiting.contains(group) && passed.getOrDefault(group, false)) {
                            waiting.remove(group);
                            lag.get(group).recordNanos(now - answered);
                        }
                    }
                    if (waiting.isEmpty()) {
                        all.recordNanos(now - answered);
                    } else {
                        Thread.sleep(2);
                    }
                }
                if (!waiting.isEmpty()) {
                    timedOut++;
                }
                offered.set(0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.out.println("[bench] lag probe failed: " + e);
        }
    }
}
