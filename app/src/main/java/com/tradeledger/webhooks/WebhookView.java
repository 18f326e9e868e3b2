package com.tradeledger.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription as its integrator reads it, never with its secret: where deliveries go, the filters, the
 * position of the last event delivered (or passed over by the filters), and how delivery is going. {@code secret}
 * is only filled in the answer that issues it: registration and rotation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookView(
        UUID id,
        String owner,
        String url,
        List<String> eventTypes,
        List<String> aggregateTypes,
        String description,
        String status,
        long position,
        long delivered,
        int consecutiveFailures,
        String lastError,
        Instant lastFailureAt,
        Instant pausedSince,
        Instant nextAttemptAt,
        Instant lastDeliveredAt,
        Instant createdAt,
        String secret) {

    static WebhookView of(Subscription subscription) {
        return new WebhookView(
                subscription.id(),
                subscription.owner(),
                subscription.url().toString(),
                subscription.filter().eventTypes(),
                subscription.filter().aggregateTypes(),
                subscription.description(),
                subscription.status().name(),
                subscription.position(),
                subscription.delivered(),
                subscription.consecutiveFailures(),
                subscription.lastError(),
                subscription.lastFailureAt(),
                subscription.pausedAt(),
                subscription.status() == SubscriptionStatus.ACTIVE ? subscription.nextAttemptAt() : null,
                subscription.lastDeliveredAt(),
                subscription.createdAt(),
                null);
    }

    WebhookView withSecret(WebhookSecret issued) {
        return new WebhookView(
                id,
                owner,
                url,
                eventTypes,
                aggregateTypes,
                description,
                status,
                position,
                delivered,
                consecutiveFailures,
                lastError,
                lastFailureAt,
                pausedSince,
                nextAttemptAt,
                lastDeliveredAt,
                createdAt,
                issued.value());
    }
}
