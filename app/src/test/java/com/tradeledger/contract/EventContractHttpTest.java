package com.tradeledger.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.tradeledger.Api;
import com.tradeledger.EventLog;
import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** The contract over HTTP: the index of event types, each type's schema, and the AsyncAPI document. */
@LedgerTest
class EventContractHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CUSTOMER_REGISTERED = "com.tradeledger.customers.CustomerRegistered";
    private static final String STOCK_RECEIVED = "com.tradeledger.stock.StockReceived";

    @LocalServerPort
    int port;

    @Autowired
    EventLog log;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Api audrey;
    Api sally;

    @BeforeEach
    void setUp() {
        audrey = Api.as(port, "audrey");
        sally = Api.as(port, "sally");
    }

    @Test
    void an_integrator_reads_the_index_a_schema_and_the_asyncapi_document() {
        Api ian = Integrators.ian(port, users, passwords);

        assertThat(ian.get("/api/v1/contract/events").status()).isEqualTo(200);
        assertThat(ian.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED).status())
                .isEqualTo(200);
        assertThat(ian.get("/api/v1/contract/asyncapi.json").status()).isEqualTo(200);
    }

    @Test
    void the_index_lists_every_api_event_at_its_current_revision_and_the_older_revisions_still_published() {
        Api.Response index = audrey.get("/api/v1/contract/events");

        assertThat(index.status()).isEqualTo(200);
        List<String> latest = new ArrayList<>();
        index.body().path("events").forEach(entry -> {
            if (entry.path("latest").asBoolean()) {
                latest.add(entry.path("cloudEventType").asText());
            }
        });
        List<String> current = EventClasses.inApi().stream()
                .map(event -> EventSchema.key(event.getName(), EventClasses.revisionOf(event)))
                .toList();
        assertThat(latest).containsExactlyInAnyOrderElementsOf(current);
        JsonNode older = entry(index.body(), STOCK_RECEIVED + ".v1");
        assertThat(older.path("latest").asBoolean()).isFalse();
        assertThat(older.path("schema").asText()).isEqualTo("/api/v1/contract/events/" + STOCK_RECEIVED + "/1");
        assertThat(index.body().path("asyncapi").asText()).isEqualTo("/api/v1/contract/asyncapi.yaml");
    }

    @Test
    void a_schema_is_served_as_committed_by_type_by_revision_and_by_cloudevents_type() throws IOException {
        JsonNode committed = JSON.readTree(SchemaSnapshots.COMMITTED
                .resolve(CUSTOMER_REGISTERED + ".v1.json")
                .toFile());

        Api.Response byType = sally.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED);
        Api.Response byRevision = audrey.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED + "/1");
        Api.Response byCloudEventType = audrey.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED + ".v1");

        assertThat(byType.status()).isEqualTo(200);
        assertThat(byType.contentType()).startsWith("application/schema+json");
        assertThat(byType.header("Content-Disposition")).contains("filename=\"" + CUSTOMER_REGISTERED + ".v1.json\"");
        assertThat(byType.body()).isEqualTo(committed);
        assertThat(byRevision.body()).isEqualTo(committed);
        assertThat(byCloudEventType.body()).isEqualTo(committed);
        assertThat(audrey.get("/api/v1/contract/events/" + STOCK_RECEIVED)
                        .body()
                        .at("/properties/baseUnit")
                        .isObject())
                .isTrue();
        assertThat(audrey.get("/api/v1/contract/events/" + STOCK_RECEIVED + "/1")
                        .body()
                        .at("/properties/baseUnit")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void the_asyncapi_document_is_served_as_yaml_and_as_json() throws IOException {
        String yaml = audrey.text("/api/v1/contract/asyncapi.yaml", "application/yaml");
        Api.Response json = audrey.get("/api/v1/contract/asyncapi.json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(json.body());
        assertThat(json.body().at("/channels/feed/address").asText()).isEqualTo("/api/v1/feed");
        assertThat(json.body().at("/channels/feedStream/messages").has(CUSTOMER_REGISTERED + ".v1"))
                .isTrue();
        assertThat(Files.exists(SchemaSnapshots.COMMITTED)).isTrue();
    }

    @Test
    void refuses_unknown_types_and_revisions_and_anonymous_callers_and_changes_nothing() {
        long before = log.size();

        Api.Response unknownType = audrey.get("/api/v1/contract/events/com.tradeledger.customers.CustomerTeleported");
        Api.Response unknownRevision = audrey.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED + "/9");
        Api.Response unknownCloudEventRevision = audrey.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED + ".v9");
        Api.Response notARevision = audrey.get("/api/v1/contract/events/" + CUSTOMER_REGISTERED + "/two");
        Api.Response anonymous = Api.anonymous(port).get("/api/v1/contract/asyncapi.json");

        for (Api.Response notFound : List.of(unknownType, unknownRevision, unknownCloudEventRevision)) {
            assertThat(notFound.status()).as("%s", notFound).isEqualTo(404);
            assertThat(notFound.contentType()).startsWith("application/problem+json");
            assertThat(notFound.code()).isEqualTo("not-found");
        }
        assertThat(unknownRevision.body().path("detail").asText()).contains(CUSTOMER_REGISTERED + ".v9");
        assertThat(notARevision.status()).isEqualTo(400);
        assertThat(notARevision.contentType()).startsWith("application/problem+json");
        assertThat(notARevision.code()).isEqualTo("invalid-value");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(log.size()).isEqualTo(before);
    }

    private static JsonNode entry(JsonNode index, String cloudEventType) {
        for (JsonNode entry : index.path("events")) {
            if (entry.path("cloudEventType").asText().equals(cloudEventType)) {
                return entry;
            }
        }
        throw new AssertionError(cloudEventType + " is not in the index");
    }
}
