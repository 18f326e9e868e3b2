package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The projections for an administrator over HTTP: where each stands, rebuilding one while its readers get either the
 * whole view or a clear "rebuilding", and parked events shown and retried once their cause is mended.
 */
@LedgerTest
class ProjectionAdminHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void every_processor_is_a_tracking_processor_reading_through_the_one_shared_event_streams() {
        Set<Object> sources = new HashSet<>();
        processing.eventProcessors().forEach((name, processor) -> {
            assertThat(processor).as(name).isInstanceOf(TrackingEventProcessor.class);
            sources.add(((TrackingEventProcessor) processor).getMessageSource());
        });
        assertThat(sources).singleElement().isInstanceOf(SharedEventStreams.class);
    }

    @Test
    void a_projection_passes_over_events_it_does_not_handle_at_once() {
        Api admin = Api.as(port, "admin");
        new SalesFlow(port, LocalDate.now()).product();
        long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry")
                .query(Long.class)
                .single();

        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(
                                status(admin.get("/api/v1/admin/projections").body(), "customer-directory")
                                        .get("position")
                                        .asLong())
                        .isGreaterThanOrEqualTo(head));
    }

    // A second node is played by this one letting go of a segment and the token table naming another owner for it,
    // with a token behind this node's own.
    @Test
    void a_segment_another_node_holds_counts_where_that_node_stored_it() {
        StreamingEventProcessor suppliers = processing
                .eventProcessor("supplier-directory", StreamingEventProcessor.class)
                .orElseThrow();
        new SalesFlow(port, LocalDate.now()).product();
        int kept = suppliers.processingStatus().keySet().iterator().next();
        assertThat(suppliers.splitSegment(kept).join()).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> suppliers.processingStatus().size() == 2);
        int other = suppliers.processingStatus().keySet().stream()
                .filter(id -> id != kept)
                .findFirst()
                .orElseThrow();
        suppliers.releaseSegment(other, 5, TimeUnit.MINUTES);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !suppliers.processingStatus().containsKey(other));
        byte[] token = jdbc.sql(
                        "select token from tokenentry where processorname = 'supplier-directory' and segment = :s")
                .param("s", other)
                .query(byte[].class)
                .single();
        try {
            jdbc.sql("""
                            update tokenentry set owner = 'other-node@elsewhere', timestamp = :now,
                                   token = convert_to('{"index":1,"gaps":[]}', 'UTF8')
                             where processorname = 'supplier-directory' and segment = :s
                            """)
                    .param("now", Instant.now().toString())
                    .param("s", other)
                    .update();
            long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry")
                    .query(Long.class)
                    .single();
            Api admin = Api.as(port, "admin");

            JsonNode listed = status(admin.get("/api/v1/admin/projections").body(), "supplier-directory");
            assertThat(listed.get("position").asLong()).isEqualTo(1);
            assertThat(listed.get("behind").asLong()).isEqualTo(head - 1);

            JsonNode health =
                    admin.get("/actuator/health").body().at("/components/eventProcessors/details/supplier-directory");
            assertThat(health.get("behind").asLong()).isEqualTo(head - 1);
            JsonNode elsewhere = health.at("/segments/" + other);
            assertThat(elsewhere.get("position").asLong()).isEqualTo(1);
            assertThat(elsewhere.get("claimedBy").asText()).isEqualTo("other-node@elsewhere");
            assertThat(elsewhere.get("here").asBoolean()).isFalse();
            JsonNode here = health.at("/segments/" + kept);
            assertThat(here.get("here").asBoolean()).isTrue();
            assertThat(here.get("position").asLong()).isGreaterThanOrEqualTo(head);
            assertThat(here.get("claimedBy").asText()).isNotEqualTo("other-node@elsewhere");
        } finally {
            jdbc.sql("""
                            update tokenentry set owner = null, token = :token
                             where processorname = 'supplier-directory' and segment = :s
                            """).param("token", token).param("s", other).update();
            suppliers.releaseSegment(other, 0, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> suppliers.mergeSegment(kept).join());
        }
    }

    @Test
    void lists_every_processor_and_only_projections_can_be_rebuilt() {
        Api admin = Api.as(port, "admin");

        JsonNode processors = admin.get("/api/v1/admin/projections").body();
        assertThat(rebuildable(processors, "customer-directory")).isTrue();
        assertThat(rebuildable(processors, "contract-billing")).isFalse();
        assertThat(admin.post("/api/v1/admin/projections/contract-billing/rebuild", Map.of())
                        .code())
                .isEqualTo("not-a-projection");
        assertThat(admin.post("/api/v1/admin/projections/no-such-view/rebuild", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "audrey").get("/api/v1/admin/projections").status())
                .isEqualTo(403);
        assertThat(Api.as(port, "max")
                        .post("/api/v1/admin/projections/customer-directory/rebuild", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void every_projection_is_rebuilt_at_once_and_ends_as_it_was() {
        Api sally = Api.as(port, "sally");
        Api admin = Api.as(port, "admin");
        String customer = register(sally, "REBUILT-ALL-1", "All Rebuilt Ltd");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sally.get("/api/v1/customers/" + customer).status() == 200);
        List<Map<String, Object>> before = directory();
        List<String> projections = new ArrayList<>();
        admin.get("/api/v1/admin/projections").body().forEach(processor -> {
            if (processor.get("rebuildable").asBoolean()) {
                projections.add(processor.get("name").asText());
            }
        });

        assertThat(Api.as(port, "max")
                        .post("/api/v1/admin/projections/rebuild", Map.of())
                        .status())
                .isEqualTo(403);
        Api.Response answer = admin.post("/api/v1/admin/projections/rebuild", Map.of());

        assertThat(answer.status()).isEqualTo(202);
        List<String> answered = new ArrayList<>();
        answer.body().forEach(processor -> answered.add(processor.get("name").asText()));
        assertThat(answered).containsExactlyInAnyOrderElementsOf(projections);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode processors = admin.get("/api/v1/admin/projections").body();
            return projections.stream().allMatch(name -> {
                JsonNode status = status(processors, name);
                return status.get("running").asBoolean()
                        && !status.get("rebuilding").asBoolean()
                        && status.get("behind").asLong() == 0;
            });
        });
        assertThat(directory()).isEqualTo(before);
        assertThat(sally.get("/api/v1/customers/" + customer).status()).isEqualTo(200);
    }

    @Test
    void readers_get_the_whole_view_or_rebuilding_while_a_projection_is_rebuilt() throws Exception {
        Api sally = Api.as(port, "sally");
        String customer = register(sally, "REBUILT-1", "Rebuilt Ltd");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sally.get("/api/v1/customers/" + customer).status() == 200);
        List<Map<String, Object>> before = directory();

        CompletableFuture<Api.Response> rebuild;
        // Holding the directory's table makes the rebuild wait before it empties it: the moment in between is the one
        // a reader must never see half of.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("lock table customer_directory in access exclusive mode");
            }
            rebuild = CompletableFuture.supplyAsync(
                    () -> Api.as(port, "admin").post("/api/v1/admin/projections/customer-directory/rebuild", Map.of()));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(
                                    Api.as(port, "admin")
                                            .get("/api/v1/admin/projections")
                                            .body(),
                                    "customer-directory")
                            .get("rebuilding")
                            .asBoolean());
            Api.Response during = sally.get("/api/v1/customers/" + customer);
            assertThat(during.status()).isEqualTo(503);
            assertThat(during.code()).isEqualTo("projection-rebuilding");
            assertThat(during.header("Retry-After")).isEqualTo("5");
            assertThat(during.contentType()).startsWith("application/problem+json");
            holder.commit();
        }

        assertThat(rebuild.get().status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sally.get("/api/v1/customers/" + customer).status() == 200);
        assertThat(directory()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !status(
                                Api.as(port, "admin")
                                        .get("/api/v1/admin/projections")
                                        .body(),
                                "customer-directory")
                        .get("rebuilding")
                        .asBoolean());
    }

    @Test
    void parks_an_event_a_projection_fails_on_shows_it_and_handles_it_once_the_cause_is_mended() {
        Api admin = Api.as(port, "admin");
        Api sally = Api.as(port, "sally");
        jdbc.sql("alter table customer_directory add constraint no_flaky_names check (name <> 'Flaky Ltd')")
                .update();
        try {
            String flaky = register(sally, "FLAKY-1", "Flaky Ltd");
            String healthy = register(sally, "STEADY-1", "Steady Ltd");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sally.get("/api/v1/customers/" + healthy).status() == 200);
            JsonNode parked = await().atMost(Duration.ofSeconds(10))
                    .until(() -> parkedFor(admin, flaky), letter -> letter != null);
            assertThat(parked.get("projection").asText()).isEqualTo("customer-directory");
            assertThat(parked.get("eventType").asText()).isEqualTo("CustomerRegistered");
            assertThat(parked.get("cause").asText()).contains("no_flaky_names");
            assertThat(sally.get("/api/v1/customers/" + flaky).status()).isEqualTo(404);

            // A later event of the same customer waits behind the parked one instead of being handled first.
            assertThat(sally.post(
                                    "/api/v1/customers/" + flaky + "/change-grade",
                                    Map.of("grade", "A", "reason", "big orders"))
                            .status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> parkedCount(admin, flaky) == 2);
            String after = register(sally, "STEADY-2", "Steady Two Ltd");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sally.get("/api/v1/customers/" + after).status() == 200);
            assertThat(parkedCount(admin, flaky)).isEqualTo(2);
            JsonNode whileParked = admin.get("/api/v1/admin/projections").body();
            assertThat(status(whileParked, "customer-directory")
                            .get("deadLetters")
                            .asLong())
                    .isEqualTo(2);
            assertThat(status(whileParked, "customer-history")
                            .get("deadLetters")
                            .asLong())
                    .isZero();

            JsonNode failedAgain = admin.post("/api/v1/admin/dead-letters/customer-directory/retry", Map.of())
                    .body();
            assertThat(failedAgain.get("handled").asInt()).isZero();
            assertThat(parkedFor(admin, flaky)).isNotNull();

            jdbc.sql("alter table customer_directory drop constraint no_flaky_names")
                    .update();
            JsonNode mended = admin.post("/api/v1/admin/dead-letters/customer-directory/retry", Map.of())
                    .body();
            assertThat(mended.get("handled").asInt()).isEqualTo(1);
            assertThat(mended.get("stillParked").asLong()).isZero();
            assertThat(parkedFor(admin, flaky)).isNull();
            assertThat(status(admin.get("/api/v1/admin/projections").body(), "customer-directory")
                            .get("deadLetters")
                            .asLong())
                    .isZero();
            JsonNode view = sally.get("/api/v1/customers/" + flaky).body();
            assertThat(view.get("name").asText()).isEqualTo("Flaky Ltd");
            assertThat(view.get("grade").asText()).isEqualTo("A");
        } finally {
            jdbc.sql("alter table customer_directory drop constraint if exists no_flaky_names")
                    .update();
        }
    }

    private static String register(Api sally, String code, String name) {
        return sally.post(
                        "/api/v1/customers",
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "country",
                                "FR",
                                "grade",
                                "C",
                                "creditLimit",
                                Map.of("amount", "100", "currency", "EUR")))
                .body()
                .get("id")
                .asText();
    }

    private static JsonNode parkedFor(Api admin, String aggregate) {
        for (JsonNode letter : admin.get("/api/v1/admin/dead-letters").body()) {
            if (aggregate.equals(letter.path("aggregateIdentifier").asText())) {
                return letter;
            }
        }
        return null;
    }

    private static int parkedCount(Api admin, String aggregate) {
        int count = 0;
        for (JsonNode letter : admin.get("/api/v1/admin/dead-letters").body()) {
            if (aggregate.equals(letter.path("aggregateIdentifier").asText())) {
                count++;
            }
        }
        return count;
    }

    private List<Map<String, Object>> directory() {
        return new ArrayList<>(jdbc.sql("select * from customer_directory order by customer_id")
                .query()
                .listOfRows());
    }

    private static boolean rebuildable(JsonNode processors, String name) {
        return status(processors, name).get("rebuildable").asBoolean();
    }

    private static JsonNode status(JsonNode processors, String name) {
        for (JsonNode processor : processors) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name + " in " + processors);
    }
}
