package com.tradeledger.webhooks;

import java.util.List;

/**
 * An integrator's request for webhooks: the endpoint to POST to (absolute http or https), the pull feed's filters
 * (event type names, short or full, and aggregate types; none = every event), the position to deliver after (none =
 * the log's head at registration, so only events appended from then on), and a note for the integrator.
 */
record WebhookRegistration(
        String url, List<String> eventTypes, List<String> aggregateTypes, Long after, String description) {}
