package com.tradeledger.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The log's head as a starting position: the highest position handed out, once every append that was in flight
 * when it was read has committed or rolled back. Positions are drawn inside the appending transaction, which holds
 * the event table's write lock from before the draw until it ends; so an append that takes the lock later draws a
 * higher position, and after those in flight have ended every position up to the head is final.
 */
@Component
class LogHead {

    private static final String APPENDS_IN_FLIGHT = """
            SELECT virtualtransaction FROM pg_locks
            WHERE locktype = 'relation' AND relation = 'domainevententry'::regclass AND mode = 'RowExclusiveLock'
              AND pid IS DISTINCT FROM pg_backend_pid()""";

    private final NamedParameterJdbcTemplate jdbc;
    private final WebhookProperties properties;

    LogHead(NamedParameterJdbcTemplate jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    long settled() {
        Long allocated = jdbc.getJdbcTemplate()
                .queryForObject(
                        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "
                                + jdbc.getJdbcTemplate()
                                        .queryForObject(
                                                "SELECT pg_get_serial_sequence('domainevententry', 'globalindex')",
                                                String.class),
                        Long.class);
        List<String> inFlight = jdbc.getJdbcTemplate().queryForList(APPENDS_IN_FLIGHT, String.class);
        long deadline = System.nanoTime() + properties.headWait().toNanos();
        while (!inFlight.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new LogBusy(properties.headWait());
            }
            pause();
            inFlight = jdbc.queryForList(
                    APPENDS_IN_FLIGHT + " AND virtualtransaction IN (:inFlight)",
                    Map.of("inFlight", inFlight),
                    String.class);
        }
        return allocated == null ? 0 : allocated;
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogBusy(Duration.ZERO);
        }
    }
}
