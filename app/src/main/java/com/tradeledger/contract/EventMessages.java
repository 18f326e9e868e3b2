package com.tradeledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The AsyncAPI components built from the event contract: the CloudEvents envelope the feed, the stream and the
 * webhooks put every event in, each event type's {@code data} schema as published, and one message per event type and
 * revision whose payload is that envelope with that {@code type} and that {@code data}.
 */
final class EventMessages {

    static final String ENVELOPE = "CloudEvent";
    static final String WEBHOOK_HEADERS = "WebhookHeaders";
    static final String WEBHOOK_DELIVERY = "webhookDelivery";
    static final String FEED_PAGE = "FeedPage";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventMessages() {}

    static ObjectNode components(List<EventSchema> events) {
        ObjectNode components = NODES.objectNode();
        ObjectNode schemas = components.putObject("schemas");
        schemas.set(ENVELOPE, CloudEventEnvelope.schema());
        schemas.set(WEBHOOK_HEADERS, CloudEventEnvelope.webhookHeaders());
        ObjectNode messages = components.putObject("messages");
        messages.set(FEED_PAGE, feedPage(events));
        for (EventSchema event : events) {
            schemas.set(event.cloudEventType(), published(event.schema()));
            schemas.set(envelopeKey(event), envelope(event));
            messages.set(event.cloudEventType(), message(event));
        }
        components
                .putObject("messageTraits")
                .putObject(WEBHOOK_DELIVERY)
                .put("contentType", CloudEventEnvelope.STRUCTURED_CONTENT_TYPE)
                .set("headers", ref("#/components/schemas/" + WEBHOOK_HEADERS));
        components
                .putObject("securitySchemes")
                .putObject(AsyncApiDocument.HTTP_BASIC)
                .put("type", "http")
                .put("scheme", "basic")
                .put("description", "The ledger's own users over HTTP Basic; integrators hold the INTEGRATOR role.");
        return components;
    }

    /** An event as the SSE stream's {@code data} and as a page's entry: the CloudEvent for this type and revision. */
    static ObjectNode message(EventSchema event) {
        ObjectNode message = NODES.objectNode();
        message.put("name", event.cloudEventType());
        message.put("title", event.simpleName() + ", revision " + event.revision());
        message.put("contentType", "application/json");
        message.set("payload", ref("#/components/schemas/" + envelopeKey(event)));
        return message;
    }

    /** The same event delivered to a webhook: the CloudEvent as the body, with the Standard Webhooks headers. */
    static ObjectNode webhookMessage(EventSchema event) {
        ObjectNode message = message(event);
        message.remove("contentType");
        message.putArray("traits").add(ref("#/components/messageTraits/" + WEBHOOK_DELIVERY));
        return message;
    }

    static ObjectNode ref(String pointer) {
        return NODES.objectNode().put("$ref", pointer);
    }

    private static String envelopeKey(EventSchema event) {
        return event.cloudEventType() + ".cloudevent";
    }

    private static ObjectNode envelope(EventSchema event) {
        ObjectNode envelope = NODES.objectNode();
        envelope.put("title", event.simpleName() + " as a CloudEvent, revision " + event.revision());
        ArrayNode allOf = envelope.putArray("allOf");
        allOf.add(ref("#/components/schemas/" + ENVELOPE));
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", event.cloudEventType());
        properties.set("data", ref("#/components/schemas/" + event.cloudEventType()));
        return envelope;
    }

    /** The schema as published, without the {@code $schema} keyword the AsyncAPI schema object already implies. */
    private static JsonNode published(JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove("$schema");
        return copy;
    }

    private static ObjectNode feedPage(List<EventSchema> events) {
        ObjectNode message = NODES.objectNode();
        message.put("name", FEED_PAGE);
        message.put("title", "A page of the feed");
        message.put("contentType", "application/json");
        ObjectNode payload = message.putObject("payload");
        payload.put("type", "object");
        payload.putArray("required").add("events").add("next");
        ObjectNode properties = payload.putObject("properties");
        ObjectNode entries = properties.putObject("events");
        entries.put("type", "array");
        entries.put("description", "The events after the position asked for, in global order.");
        ArrayNode oneOf = entries.putObject("items").putArray("oneOf");
        events.forEach(event -> oneOf.add(ref("#/components/schemas/" + envelopeKey(event))));
        properties
                .putObject("next")
                .put("type", "integer")
                .put("minimum", 0)
                .put("description", "The position to ask for next with after=; past the last event of the page.");
        return message;
    }
}
