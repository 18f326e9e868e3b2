package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dropping a projection and replaying the log gives back exactly the rows the live projection had. */
@LedgerTest
class ProjectionRebuildTest {

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore events;

    @Autowired
    JdbcClient jdbc;

    List<Map<String, Object>> directory() {
        return jdbc.sql("SELECT * FROM customer_directory ORDER BY customer_id")
                .query()
                .listOfRows();
    }

    @Test
    void rebuilds_the_customer_directory_equal_to_the_live_one() {
        Api sally = Api.as(port, "sally");
        Api max = Api.as(port, "max");
        for (int i = 0; i < 5; i++) {
            String id = sally.post(
                            "/api/v1/customers",
                            Map.of(
                                    "code",
                                    "REBUILD-" + i,
                                    "name",
                                    "Rebuild " + i,
                                    "country",
                                    "FR",
                                    "grade",
                                    "C",
                                    "creditLimit",
                                    Map.of("amount", "100", "currency", "EUR")))
                    .body()
                    .get("id")
                    .asText();
            sally.post("/api/v1/customers/" + id + "/change-grade", Map.of("grade", "A", "reason", "loyal"));
            if (i % 2 == 0) {
                max.post("/api/v1/customers/" + id + "/hand-over", Map.of("toSalesperson", "sam", "reason", "rota"));
            }
        }
        StreamingEventProcessor processor = processing
                .eventProcessor("customer-directory", StreamingEventProcessor.class)
                .orElseThrow();
        awaitCaughtUp(processor);
        List<Map<String, Object>> live = directory();
        assertThat(live).filteredOn(row -> "sam".equals(row.get("salesperson"))).hasSizeGreaterThanOrEqualTo(3);

        processor.shutDown();
        processor.resetTokens();
        assertThat(directory()).as("rows left after the reset handler ran").isEmpty();
        processor.start();

        awaitCaughtUp(processor);
        assertThat(directory()).isEqualTo(live);
    }

    /**
     * Waits until every segment of the processor has read up to the log's head. (A replay reports itself as
     * replaying until it passes the position it was reset at, so "replaying" is no sign of unfinished work.)
     */
    void awaitCaughtUp(StreamingEventProcessor processor) {
        long head = events.createHeadToken().position().orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var segments = processor.processingStatus().values();
            return !segments.isEmpty()
                    && segments.stream()
                            .allMatch(status -> status.getCurrentPosition().orElse(-1L) >= head);
        });
    }
}
