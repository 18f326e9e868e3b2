package com.tradeledger.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document the ledger serves is valid AsyncAPI 3.0 by the official JSON Schema ({@code @asyncapi/specs},
 * vendored under test resources), every reference in it resolves, and it names every event of the contract.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema ASYNCAPI_3 = SchemaValidation.schema(officialSchema());

    private final EventContract contract = new EventContract();
    private final AsyncApiDocument document = new AsyncApiDocument(contract);

    @Test
    void the_document_is_valid_asyncapi_3_by_the_official_schema() {
        assertThat(SchemaValidation.errors(ASYNCAPI_3, document.tree())).isEmpty();
    }

    @Test
    void the_official_schema_refuses_a_broken_document() {
        ObjectNode withoutInfo = document.tree();
        withoutInfo.remove("info");
        ObjectNode unknownAction = document.tree();
        unknownAction.withObject("/operations/streamFeed").put("action", "publish");
        ObjectNode version2 = document.tree();
        version2.put("asyncapi", "2.6.0");

        assertThat(SchemaValidation.errors(ASYNCAPI_3, withoutInfo)).isNotEmpty();
        assertThat(SchemaValidation.errors(ASYNCAPI_3, unknownAction)).isNotEmpty();
        assertThat(SchemaValidation.errors(ASYNCAPI_3, version2)).isNotEmpty();
    }

    @Test
    void every_reference_in_the_document_points_at_something_in_it() {
        JsonNode tree = document.tree();
        List<String> dangling = new ArrayList<>();
        collectDangling(tree, tree, dangling);

        assertThat(dangling).isEmpty();
        ObjectNode broken = document.tree();
        broken.withObject("/channels/feed/messages").putObject("gone").put("$ref", "#/components/messages/Gone");
        collectDangling(broken, broken, dangling);
        assertThat(dangling).containsExactly("#/components/messages/Gone");
    }

    @Test
    void every_event_type_and_revision_is_a_message_of_the_stream_and_of_the_webhooks() {
        JsonNode tree = document.tree();

        for (EventSchema event : contract.all()) {
            String key = event.cloudEventType();
            assertThat(tree.at("/channels/feedStream/messages").has(key))
                    .as(key)
                    .isTrue();
            assertThat(tree.at("/channels/webhooks/messages").has(key)).as(key).isTrue();
            assertThat(tree.at("/components/schemas").has(key)).as(key).isTrue();
        }
        assertThat(tree.at("/operations/streamFeed/messages").size())
                .isEqualTo(contract.all().size());
        assertThat(tree.at("/components/schemas/com.tradeledger.stock.StockReceived.v1/properties")
                        .has("baseUnit"))
                .isFalse();
        assertThat(tree.at("/components/schemas/com.tradeledger.stock.StockReceived.v2/properties")
                        .has("baseUnit"))
                .isTrue();
    }

    @Test
    void the_yaml_and_the_json_are_the_same_document() throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(document.yaml());
        JsonNode json = JSON.readTree(document.json());

        assertThat(yaml).isEqualTo(json).isEqualTo(document.tree());
        assertThat(json.at("/info/version").asText()).matches("1\\.0\\.0\\+[0-9a-f]{12}");
    }

    private static void collectDangling(JsonNode root, JsonNode node, List<String> dangling) {
        if (node.isObject() && node.has("$ref")) {
            String pointer = node.get("$ref").asText();
            if (!pointer.startsWith("#") || root.at(pointer.substring(1)).isMissingNode()) {
                dangling.add(pointer);
            }
        }
        node.elements().forEachRemaining(child -> collectDangling(root, child, dangling));
    }

    private static JsonNode officialSchema() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/contract/asyncapi-3.0.0.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
