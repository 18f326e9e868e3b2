package com.tradeledger.contract;

import com.tradeledger.web.NotFound;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event contract over HTTP, for every signed-in user: the index of event types and revisions, each one's JSON
 * Schema ({@code application/schema+json}), and the AsyncAPI document of the feed, the stream and the webhooks.
 */
@RestController
@RequestMapping("/api/v1/contract")
class EventContractController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    private static final Pattern CLOUD_EVENT_TYPE = Pattern.compile("(.+)\\.v(\\d{1,9})");
    private static final String EVENTS = "/api/v1/contract/events/";

    private final EventContract contract;
    private final AsyncApiDocument asyncApi;

    EventContractController(EventContract contract, AsyncApiDocument asyncApi) {
        this.contract = contract;
        this.asyncApi = asyncApi;
    }

    @GetMapping("/events")
    EventIndex events() {
        List<EventIndex.Entry> entries = contract.all().stream()
                .map(schema -> new EventIndex.Entry(
                        schema.type(),
                        schema.revision(),
                        schema.cloudEventType(),
                        contract.isLatest(schema),
                        EVENTS + schema.type() + "/" + schema.revision()))
                .toList();
        return new EventIndex(entries, "/api/v1/contract/asyncapi.yaml", "/api/v1/contract/asyncapi.json");
    }

    /** The newest revision of a type, or the revision a CloudEvents type names ({@code ….CustomerRegistered.v1}). */
    @GetMapping("/events/{type}")
    ResponseEntity<String> schema(@PathVariable String type) {
        Matcher cloudEventType = CLOUD_EVENT_TYPE.matcher(type);
        if (cloudEventType.matches() && contract.latest(type).isEmpty()) {
            return schema(cloudEventType.group(1), Integer.parseInt(cloudEventType.group(2)));
        }
        return contract.latest(type).map(EventContractController::schemaOf).orElseThrow(() -> unknown(type));
    }

    @GetMapping("/events/{type}/{revision}")
    ResponseEntity<String> schema(@PathVariable String type, @PathVariable int revision) {
        return contract.find(type, revision)
                .map(EventContractController::schemaOf)
                .orElseThrow(() -> unknown(EventSchema.key(type, revision)));
    }

    @GetMapping("/asyncapi.yaml")
    ResponseEntity<String> asyncApiYaml() {
        return document(YAML, "asyncapi.yaml", asyncApi.yaml());
    }

    @GetMapping("/asyncapi.json")
    ResponseEntity<String> asyncApiJson() {
        return document(MediaType.APPLICATION_JSON, "asyncapi.json", asyncApi.json());
    }

    private static ResponseEntity<String> schemaOf(EventSchema schema) {
        return document(SCHEMA_JSON, schema.cloudEventType() + ".json", schema.text());
    }

    /** A document with its own file name, so that saving it keeps a useful name. */
    private static ResponseEntity<String> document(MediaType type, String filename, String body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }

    private static NotFound unknown(String type) {
        return new NotFound("event type", type);
    }

    /** Every event type and revision of the contract, with where to read its schema and the AsyncAPI document. */
    record EventIndex(List<Entry> events, String asyncapi, String asyncapiJson) {

        /** One event type in one revision; {@code latest} for the revision the ledger writes today. */
        record Entry(String type, int revision, String cloudEventType, boolean latest, String schema) {}
    }
}
