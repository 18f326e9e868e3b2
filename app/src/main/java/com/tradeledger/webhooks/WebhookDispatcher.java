package com.tradeledger.webhooks;

import com.tradeledger.feed.EventFeed;
import com.tradeledger.feed.FeedPage;
import com.tradeledger.feed.StoredEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers webhooks in the background, on a few worker threads of their own, so commands and projections never
 * wait for a receiver. Each worker claims one due subscription at a time with {@code FOR UPDATE SKIP LOCKED}, in a
 * transaction that holds the row while it reads the next matching event from the feed (up to the feed's safe
 * point, so no late event is skipped) and POSTs it. A 2xx moves the stored position to that event in the same
 * transaction, touching nothing else; a failure counts, sets the next attempt after an exponential backoff, and
 * pauses the subscription after the configured number in a row. One event is in flight per subscription, and no
 * two workers or nodes hold one subscription at once: delivery is at least once and in global order.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Subscriptions subscriptions;
    private final EventFeed feed;
    private final WebhookPost post;
    private final WebhookProperties properties;
    private final Clock clock;
    private final TransactionTemplate claim;
    private final TransactionTemplate outsideClaim;
    private final Counter deliveredCount;
    private final Counter failedCount;
    private volatile ScheduledExecutorService workers;

    WebhookDispatcher(
            Subscriptions subscriptions,
            EventFeed feed,
            WebhookPost post,
            WebhookProperties properties,
            Clock clock,
            PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.post = post;
        this.properties = properties;
        this.clock = clock;
        this.claim = new TransactionTemplate(transactions);
        this.outsideClaim = new TransactionTemplate(transactions);
        outsideClaim.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.deliveredCount = meters.counter("tradeledger.webhooks.deliveries", "outcome", "delivered");
        this.failedCount = meters.counter("tradeledger.webhooks.deliveries", "outcome", "failed");
    }

    /**
     * Claims one due subscription and moves it one step: delivers its next event, or records that there is none
     * yet. False when no subscription was due.
     */
    boolean deliverOne() {
        return Boolean.TRUE.equals(claim.execute(status -> {
            Optional<Subscription> due = subscriptions.claimDue(clock.instant());
            due.ifPresent(this::step);
            return due.isPresent();
        }));
    }

    private void step(Subscription subscription) {
        // The feed's page is read in a snapshot of its own, never in the claim's transaction.
        FeedPage page = outsideClaim.execute(status -> feed.after(subscription.position(), 1, subscription.filter()));
        if (page.events().isEmpty()) {
            subscriptions.idle(subscription.id(), page.next(), clock.instant().plus(properties.pollInterval()));
            return;
        }
        StoredEvent event = page.events().get(0);
        Optional<String> failure = post.send(subscription, event);
        if (failure.isEmpty()) {
            subscriptions.delivered(subscription.id(), event.position(), clock.instant());
            deliveredCount.increment();
            return;
        }
        int failures = subscription.consecutiveFailures() + 1;
        boolean pause = failures >= properties.maxFailures();
        Instant now = clock.instant();
        subscriptions.failed(subscription.id(), failure.get(), now, now.plus(properties.backoff(failures)), pause);
        failedCount.increment();
        if (pause) {
            log.warn(
                    "Webhook subscription {} paused after {} failures in a row: {}",
                    subscription.id(),
                    failures,
                    failure.get());
        }
    }

    private void drain() {
        try {
            while (isRunning() && deliverOne()) {
                // Keeps going while subscriptions are due; each claim is its own transaction.
            }
        } catch (RuntimeException failure) {
            if (!Thread.currentThread().isInterrupted()) {
                log.warn("Webhook delivery round failed; retrying after the poll interval", failure);
            }
        }
    }

    @Override
    public void start() {
        if (!properties.enabled() || workers != null) {
            return;
        }
        AtomicInteger count = new AtomicInteger();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(properties.workers(), task -> {
            Thread thread = new Thread(task, "webhook-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        for (int worker = 0; worker < properties.workers(); worker++) {
            pool.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
        }
        workers = pool;
    }

    @Override
    public void stop() {
        ScheduledExecutorService pool = workers;
        workers = null;
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(properties.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return workers != null;
    }
}
