package com.tradeledger.contract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CloudEvents 1.0 envelope (structured JSON mode) every event travels in, as the feed writes it: the context
 * attributes, the extensions for global position, aggregate type and sequence, who issued the command and the request
 * it belonged to, and the event's {@code data}; and the Standard Webhooks headers that come with a webhook delivery.
 */
final class CloudEventEnvelope {

    static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DECIMAL_DIGITS = "^[0-9]+$";

    private CloudEventEnvelope() {}

    static ObjectNode schema() {
        ObjectNode schema = NODES.objectNode();
        schema.put("title", "CloudEvent");
        schema.put("description", "A stored event as a CloudEvents 1.0 event in structured JSON mode.");
        schema.put("type", "object");
        schema.putArray("required")
                .add("specversion")
                .add("id")
                .add("source")
                .add("type")
                .add("subject")
                .add("time")
                .add("datacontenttype")
                .add("position")
                .add("aggregatetype")
                .add("sequence")
                .add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("const", "1.0");
        text(properties, "id", "The event identifier, unique in the log.");
        text(properties, "source", "/trade-ledger/<aggregate type>.").put("pattern", "^/trade-ledger/.+$");
        text(properties, "type", "The api record's Java name and revision: com.tradeledger.<feature>.<Event>.v<n>.")
                .put("pattern", "^[A-Za-z0-9_.]+\\.v[0-9]+$");
        text(properties, "subject", "The identifier of the aggregate the event belongs to.");
        text(properties, "time", "When the event happened.").put("format", "date-time");
        properties.putObject("datacontenttype").put("const", "application/json");
        text(properties, "position", "The event's position in the global order, as a decimal string.")
                .put("pattern", DECIMAL_DIGITS);
        text(properties, "aggregatetype", "The kind of aggregate: Customer, Quote, Contract, Invoice…");
        text(properties, "sequence", "The event's place in its aggregate's history, from 0, as a decimal string.")
                .put("pattern", DECIMAL_DIGITS);
        text(properties, "username", "Who issued the command that caused the event.");
        text(properties, "correlationid", "The request the event belongs to.");
        text(properties, "causationid", "The message that caused the event.");
        text(properties, "redacted", "The data fields left out for integrators, space-separated.");
        properties.putObject("data").put("description", "The event, as its type's schema describes it.");
        return schema;
    }

    /** The Standard Webhooks headers (https://www.standardwebhooks.com) of a webhook delivery. */
    static ObjectNode webhookHeaders() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.putArray("required").add("webhook-id").add("webhook-timestamp").add("webhook-signature");
        ObjectNode properties = schema.putObject("properties");
        text(properties, "webhook-id", "The delivery's id, the same on every retry of one event: deduplicate by it.");
        text(properties, "webhook-timestamp", "When the delivery was attempted, in seconds since the epoch.")
                .put("pattern", DECIMAL_DIGITS);
        text(
                        properties,
                        "webhook-signature",
                        "Space-separated v1,<base64 HMAC-SHA256 of id.timestamp.body> with the subscription's whsec_"
                                + " secret; any Standard Webhooks library verifies it.")
                .put("pattern", "^v1,[A-Za-z0-9+/=]+( v1,[A-Za-z0-9+/=]+)*$");
        return schema;
    }

    private static ObjectNode text(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }
}
