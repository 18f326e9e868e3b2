package com.tradeledger.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The AsyncAPI 3.0 document of the ledger's event channels, built at start from the event contract: the pull feed
 * ({@code GET /api/v1/feed}), the live stream ({@code GET /api/v1/feed/stream}, Server-Sent Events) and the webhook
 * deliveries (a {@code POST} of one CloudEvent to each registered URL), each event type and revision a message.
 * Its {@code info.version} ends with a digest of the schemas, so it changes whenever the contract does.
 */
@Component
class AsyncApiDocument {

    static final String HTTP_BASIC = "httpBasic";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private final ObjectNode document;
    private final String json;
    private final String yaml;

    AsyncApiDocument(EventContract contract) {
        this.document = build(contract.all());
        try {
            this.json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
            this.yaml = YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the AsyncAPI document cannot be written", e);
        }
    }

    ObjectNode tree() {
        return document.deepCopy();
    }

    String json() {
        return json;
    }

    String yaml() {
        return yaml;
    }

    static ObjectNode build(List<EventSchema> events) {
        ObjectNode document = NODES.objectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Trade Ledger events");
        info.put("version", "1.0.0+" + digest(events));
        info.put("description", """
                The ledger's business events, in global order, as CloudEvents 1.0 (structured JSON mode). \
                Pull them a page at a time, receive them live as Server-Sent Events, or have them posted to a webhook. \
                Each event's CloudEvents type is its api record's Java name and revision \
                (com.tradeledger.customers.CustomerRegistered.v1); its data schema is served at \
                /api/v1/contract/events/<type>/<revision>. A type changes shape only under a new revision.""");
        document.put("defaultContentType", "application/json");
        servers(document.putObject("servers"));
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        feed(channels, operations);
        stream(channels, operations, events);
        webhooks(channels, operations, events);
        document.set("components", EventMessages.components(events));
        return document;
    }

    private static void servers(ObjectNode servers) {
        ObjectNode ledger = servers.putObject("ledger");
        ledger.put("host", "{host}");
        ledger.put("protocol", "http");
        ledger.put("description", "The Trade Ledger server; every request needs a user (HTTP Basic).");
        ledger.putObject("variables")
                .putObject("host")
                .put("default", "localhost:8080")
                .put("description", "Host and port of the ledger.");
        ledger.putArray("security").add(EventMessages.ref("#/components/securitySchemes/" + HTTP_BASIC));
        ObjectNode receiver = servers.putObject("receiver");
        receiver.put("host", "{receiver}");
        receiver.put("protocol", "http");
        receiver.put(
                "description",
                "An integrator's webhook endpoint (HTTP or HTTPS), registered with POST /api/v1/webhooks.");
        receiver.putObject("variables")
                .putObject("receiver")
                .put("description", "Host and port of the URL registered for the subscription.");
    }

    private static void feed(ObjectNode channels, ObjectNode operations) {
        ObjectNode channel = channels.putObject("feed");
        channel.put("address", "/api/v1/feed");
        channel.put("title", "Pull feed");
        channel.put("description", """
                GET a page of events after a position: after (default 0), limit, type (event names, simple or full, \
                comma-separated) and aggregateType. Ask again with after=<next>; no event is ever skipped, also one \
                whose transaction commits late.""");
        channel.putArray("servers").add(EventMessages.ref("#/servers/ledger"));
        channel.putObject("messages")
                .set("page", EventMessages.ref("#/components/messages/" + EventMessages.FEED_PAGE));
        ObjectNode operation = operation(operations, "readFeed", "feed", "The ledger answers a page of the feed.");
        operation.putObject("bindings").putObject("http").put("method", "GET").put("bindingVersion", "0.3.0");
        operation.putArray("messages").add(EventMessages.ref("#/channels/feed/messages/page"));
    }

    private static void stream(ObjectNode channels, ObjectNode operations, List<EventSchema> events) {
        ObjectNode channel = channels.putObject("feedStream");
        channel.put("address", "/api/v1/feed/stream");
        channel.put("title", "Live stream");
        channel.put("description", """
                Server-Sent Events (text/event-stream): each SSE event's id is the event's position and its data the \
                CloudEvent. Filters as the pull feed; reconnect with Last-Event-ID to resume right after the last \
                event received.""");
        channel.putArray("servers").add(EventMessages.ref("#/servers/ledger"));
        ObjectNode messages = channel.putObject("messages");
        events.forEach(event -> messages.set(
                event.cloudEventType(), EventMessages.ref("#/components/messages/" + event.cloudEventType())));
        ObjectNode operation =
                operation(operations, "streamFeed", "feedStream", "The ledger pushes each event as it is recorded.");
        operation.putObject("bindings").putObject("http").put("method", "GET").put("bindingVersion", "0.3.0");
        messageRefs(operation, "feedStream", events);
    }

    private static void webhooks(ObjectNode channels, ObjectNode operations, List<EventSchema> events) {
        ObjectNode channel = channels.putObject("webhooks");
        channel.putNull("address");
        channel.put("title", "Webhook deliveries");
        channel.put("description", """
                The URL of a subscription registered with POST /api/v1/webhooks {url, eventTypes, aggregateTypes}. \
                Each delivery POSTs one CloudEvent, as the feed serves it, signed per Standard Webhooks; deliveries \
                are retried with backoff, at least once and in order per subscription.""");
        channel.putArray("servers").add(EventMessages.ref("#/servers/receiver"));
        ObjectNode messages = channel.putObject("messages");
        events.forEach(event -> messages.set(event.cloudEventType(), EventMessages.webhookMessage(event)));
        ObjectNode operation = operation(operations, "deliverWebhook", "webhooks", "The ledger posts each event.");
        operation.putObject("bindings").putObject("http").put("method", "POST").put("bindingVersion", "0.3.0");
        messageRefs(operation, "webhooks", events);
    }

    private static ObjectNode operation(ObjectNode operations, String name, String channel, String summary) {
        ObjectNode operation = operations.putObject(name);
        operation.put("action", "send");
        operation.set("channel", EventMessages.ref("#/channels/" + channel));
        operation.put("summary", summary);
        return operation;
    }

    private static void messageRefs(ObjectNode operation, String channel, List<EventSchema> events) {
        ArrayNode messages = operation.putArray("messages");
        events.forEach(event ->
                messages.add(EventMessages.ref("#/channels/" + channel + "/messages/" + event.cloudEventType())));
    }

    private static String digest(List<EventSchema> events) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (EventSchema event : events) {
                sha.update(event.cloudEventType().getBytes(StandardCharsets.UTF_8));
                sha.update(event.schema().toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
