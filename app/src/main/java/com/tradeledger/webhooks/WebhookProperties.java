package com.tradeledger.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered: connect and answer timeouts of one delivery, the retry backoff (doubling from the base
 * up to the maximum), how many failures in a row pause a subscription, how often the workers look for due
 * subscriptions and how many deliver at once, and how long a registration waits for appends in flight to settle
 * the log's head.
 */
@ConfigurationProperties("tradeledger.webhooks")
record WebhookProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("1s") Duration backoffBase,
        @DefaultValue("5m") Duration backoffMax,
        @DefaultValue("10") int maxFailures,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2") int workers,
        @DefaultValue("5s") Duration headWait) {

    /** How long to wait before the next attempt after this many failures in a row. */
    Duration backoff(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = backoffBase.toMillis() << doublings;
        return millis <= 0 || millis > backoffMax.toMillis() ? backoffMax : Duration.ofMillis(millis);
    }
}
