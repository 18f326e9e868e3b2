package com.tradeledger.contract;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON Schema of one event type in one revision: the shape of the CloudEvent {@code data} the feed and the
 * webhooks carry for {@code <type>.v<revision>}.
 */
record EventSchema(String type, int revision, JsonNode schema, String text) {

    /** The CloudEvents {@code type} attribute of events of this type and revision. */
    String cloudEventType() {
        return key(type, revision);
    }

    String simpleName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    static String key(String type, int revision) {
        return type + ".v" + revision;
    }
}
