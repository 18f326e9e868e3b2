package com.tradeledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * SSE delivery delay: an integrator follows {@code GET /api/v1/feed/stream} from the head of the log; the delay of
 * each event is the moment its line arrives minus its CloudEvent {@code time} (when the event was created, on the
 * same machine's clock), so it includes the command's own commit as well as the feed's delivery.
 */
final class SseProbe implements Runnable {

    private final Http integrator;
    private final long after;
    private final Latencies delay = new Latencies();
    private volatile boolean running = true;
    private volatile Stream<String> lines;

    SseProbe(Http integrator, long after) {
        this.integrator = integrator;
        this.after = after;
    }

    Latencies delay() {
        return delay;
    }

    void stop() {
        running = false;
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }

    @Override
    public void run() {
        try {
            HttpResponse<Stream<String>> response = Http.client()
                    .send(
                            integrator
                                    .request("/api/v1/feed/stream")
                                    .setHeader("Accept", "text/event-stream")
                                    .header("Last-Event-ID", Long.toString(after))
                                    .timeout(java.time.Duration.ofHours(1))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                System.out.println("[bench] feed stream answered " + response.statusCode());
                return;
            }
            lines = response.body();
            Iterator<String> each = lines.iterator();
            while (running && each.hasNext()) {
                String line = each.next();
                if (line.startsWith("data:")) {
                    long arrived = System.currentTimeMillis();
                    JsonNode event = Http.JSON.readTree(line.substring(5).trim());
                    String time = event.path("time").asText(null);
                    if (time != null) {
                        delay.recordMillis(arrived - Instant.parse(time).toEpochMilli());
                    }
                }
            }
        } catch (Exception e) {
            if (running) {
                System.out.println("[bench] feed stream failed: " + e);
            }
        }
    }
}
