package com.tradeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An auditor reads one aggregate's events from the store itself, in order, with who, when and the stored payload. */
@LedgerTest
class AggregateHistoryHttpTest {

    @LocalServerPort
    int port;

    @Test
    void an_auditor_reads_an_aggregates_events_as_stored_in_order() {
        Api sally = Api.as(port, "sally");
        String customer = sally.post(
                        "/api/v1/customers",
                        Map.of(
                                "code",
                                "AUDITED-" + UUID.randomUUID().toString().substring(0, 8),
                                "name",
                                "Audited Ltd",
                                "country",
                                "FR",
                                "grade",
                                "C",
                                "creditLimit",
                                Map.of("amount", "100", "currency", "EUR")))
                .body()
                .get("id")
                .asText();
        sally.withHeader("X-Correlation-Id", "5a1e0000-0000-4000-8000-00000000a0d1")
                .post("/api/v1/customers/" + customer + "/change-grade", Map.of("grade", "A", "reason", "loyal"));

        JsonNode history = Api.as(port, "audrey")
                .get("/api/v1/audit/aggregates/" + customer + "/events")
                .body();

        assertThat(history.get("aggregateType").asText()).isEqualTo("Customer");
        JsonNode events = history.get("events");
        assertThat(events).hasSize(2);
        assertThat(events.findValuesAsText("type"))
                .containsExactly(
                        "com.tradeledger.customers.CustomerRegistered",
                        "com.tradeledger.customers.CustomerGradeChanged");
        assertThat(events.get(0).get("sequence").asLong()).isZero();
        assertThat(events.get(1).get("sequence").asLong()).isEqualTo(1);
        assertThat(events.get(1).get("position").asLong())
                .isGreaterThan(events.get(0).get("position").asLong());
        assertThat(events.get(0).get("username").asText()).isEqualTo("sally");
        assertThat(events.get(1).get("correlationId").asText()).isEqualTo("5a1e0000-0000-4000-8000-00000000a0d1");
        assertThat(events.get(0).at("/payload/name").asText()).isEqualTo("Audited Ltd");
        assertThat(events.get(1).at("/payload/grade").asText()).isEqualTo("A");
        assertThat(events.get(0).get("revision").asText()).isEqualTo("1");

        JsonNode later = Api.as(port, "audrey")
                .get("/api/v1/audit/aggregates/" + customer + "/events?fromSequence=1")
                .body();
        assertThat(later.get("events")).hasSize(1);
    }

    @Test
    void only_auditors_and_administrators_read_the_store_and_an_unknown_aggregate_is_not_found() {
        assertThat(Api.as(port, "audrey")
                        .get("/api/v1/audit/aggregates/" + UUID.randomUUID() + "/events")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, "max")
                        .get("/api/v1/audit/aggregates/" + UUID.randomUUID() + "/events")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "sally")
                        .get("/api/v1/audit/aggregates/" + UUID.randomUUID() + "/events")
                        .status())
                .isEqualTo(403);
    }
}
