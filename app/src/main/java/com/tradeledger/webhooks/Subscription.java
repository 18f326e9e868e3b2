package com.tradeledger.webhooks;

import com.tradeledger.feed.FeedFilter;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * An integrator's webhook subscription as stored: whose it is, where its deliveries go, which events it wants, its
 * secret, the position up to which events are delivered, and how delivery is going.
 */
record Subscription(
        UUID id,
        String owner,
        URI url,
        FeedFilter filter,
        String description,
        WebhookSecret secret,
        long position,
        SubscriptionStatus status,
        int consecutiveFailures,
        String lastError,
        Instant lastFailureAt,
        Instant pausedAt,
        Instant nextAttemptAt,
        long delivered,
        Instant lastDeliveredAt,
        Instant createdAt) {}
