package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.Api;
import com.tradeledger.TradeLedgerApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its data on disk: a restarted server finds what the previous one recorded. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TradeLedgerApplication.class)
                .profiles("test")
                // Arguments, not default properties: these must win over application-test.yml.
                .run(
                        "--server.port=0",
                        "--tradeledger.embedded-postgres.temporary=false",
                        "--tradeledger.embedded-postgres.durable=true",
                        "--tradeledger.embedded-postgres.data-directory=" + dataDirectory);
    }

    static Api as(ConfigurableApplicationContext server, String user) {
        return Api.as(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")), user);
    }

    static Map<String, Object> customer() {
        return Map.of(
                "code", "RESTART-1",
                "name", "Persistent Trading Ltd",
                "country", "GB",
                "contacts", List.of(),
                "grade", "C",
                "creditLimit", Map.of("amount", "1000", "currency", "GBP"));
    }

    @Test
    void finds_its_events_read_models_and_rules_again_after_a_restart() {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            Api.Response registered = as(first, "sally").post("/api/v1/customers", customer());
            assertThat(registered.status()).isEqualTo(201);
            id = registered.body().get("id").asText();
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            as(first, "sally").get("/api/v1/customers/" + id).status() == 200);
        }

        try (ConfigurableApplicationContext second = start()) {
            Api sally = as(second, "sally");
            Api.Response found = sally.get("/api/v1/customers/" + id);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body().get("name").asText()).isEqualTo("Persistent Trading Ltd");
            assertThat(sally.post("/api/v1/customers", customer()).code())
                    .isEqualTo("customer-code-already-registered");
            Api.Response graded = sally.post(
                    "/api/v1/customers/" + id + "/change-grade", Map.of("grade", "B", "reason", "after restart"));
            assertThat(graded.header("ETag")).isEqualTo("\"1\"");
        }
    }
}
