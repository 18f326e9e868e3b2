package com.tradeledger.benchmark;

/**
 * The server's memory during a load: heap used (Micrometer's {@code jvm.memory.used}, area heap, read as admin)
 * and resident set size from {@code /proc}, sampled every 250 ms; keeps the highest of each.
 */
final class MemorySampler implements Runnable {

    private final Http admin;
    private final LedgerServer server;
    private volatile boolean running = true;
    private volatile double maxHeapMegabytes = Double.NaN;
    private volatile double maxRssMegabytes = Double.NaN;

    MemorySampler(Http admin, LedgerServer server) {
        this.admin = admin;
        this.server = server;
    }

    void stop() {
        running = false;
    }

    double maxHeapMegabytes() {
        return maxHeapMegabytes;
    }

    double maxRssMegabytes() {
        return maxRssMegabytes;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Http.Answer heap = admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
                if (heap.status() == 200) {
                    double megabytes = heap.body().at("/measurements/0/value").asDouble() / (1024 * 1024);
                    maxHeapMegabytes =
                            Double.isNaN(maxHeapMegabytes) ? megabytes : Math.max(maxHeapMegabytes, megabytes);
                }
                double rss = server.rssMegabytes();
                if (!Double.isNaN(rss)) {
                    maxRssMegabytes = Double.isNaN(maxRssMegabytes) ? rss : Math.max(maxRssMegabytes, rss);
                }
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // a missed sample
            }
        }
    }
}
