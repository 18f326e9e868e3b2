package com.tradeledger.webhooks;

import com.tradeledger.feed.CloudEventJson;
import com.tradeledger.feed.EventFeed;
import com.tradeledger.feed.FeedPage;
import com.tradeledger.web.InvalidField;
import com.tradeledger.web.NotFound;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions over HTTP for integrators (their own) and admins (all): register (the answer carries the
 * secret, the only time it is shown), list, read, delete, rotate the secret, resume a paused subscription, and list
 * the events not yet delivered as the feed shows them.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    private static final int MAX_UNDELIVERED = 1000;

    private final Subscriptions subscriptions;
    private final WebhookAccess access;
    private final WebhookRequirements requirements;
    private final LogHead head;
    private final EventFeed feed;
    private final CloudEventJson cloudEvents;
    private final Clock clock;

    WebhookController(
            Subscriptions subscriptions,
            WebhookAccess access,
            WebhookRequirements requirements,
            LogHead head,
            EventFeed feed,
            CloudEventJson cloudEvents,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.requirements = requirements;
        this.head = head;
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<WebhookView> register(@RequestBody WebhookRegistration registration) {
        access.requireIntegrator();
        URI url = requirements.url(registration.url());
        var filter = requirements.filter(registration.eventTypes(), registration.aggregateTypes());
        requirements.position(registration.after());
        String description = requirements.description(registration.description());
        long after = registration.after() == null ? head.settled() : registration.after();
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = UUID.randomUUID();
        subscriptions.add(new Subscription(
                id,
                access.caller(),
                url,
                filter,
                description,
                secret,
                after,
                SubscriptionStatus.ACTIVE,
                0,
                null,
                null,
                null,
                clock.instant(),
                0,
                null,
                clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + id)).body(view(id).withSecret(secret));
    }

    @GetMapping
    Map<String, List<WebhookView>> list() {
        return Map.of(
                "webhooks",
                subscriptions.list(access.listedOwner()).stream()
                        .map(WebhookView::of)
                        .toList());
    }

    @GetMapping("/{id}")
    WebhookView subscription(@PathVariable UUID id) {
        return WebhookView.of(access.readable(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        access.readable(id);
        subscriptions.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** A new secret, effective for the next delivery; the old one signs nothing more. */
    @PostMapping("/{id}/rotate-secret")
    WebhookView rotateSecret(@PathVariable UUID id) {
        access.readable(id);
        WebhookSecret secret = WebhookSecret.generate();
        subscriptions.replaceSecret(id, secret);
        return view(id).withSecret(secret);
    }

    /** Delivers again from the stored position, at once: the re-drive of a paused subscription. */
    @PostMapping("/{id}/resume")
    WebhookView resume(@PathVariable UUID id) {
        access.readable(id);
        subscriptions.resume(id, clock.instant());
        return view(id);
    }

    /**
     * The matching events after the stored position (or after {@code after}, to page on), as the feed serves them:
     * {@code {"position": <stored>, "events": [CloudEvent…], "next": <position>}}.
     */
    @GetMapping(value = "/{id}/undelivered", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> undelivered(
            @PathVariable UUID id,
            @RequestParam(required = false) Long after,
            @RequestParam(defaultValue = "100") int limit) {
        Subscription subscription = access.readable(id);
        if (limit < 1 || limit > MAX_UNDELIVERED) {
            throw new InvalidField("limit", "between 1 and " + MAX_UNDELIVERED);
        }
        if (after != null && after < subscription.position()) {
            throw new InvalidField("after", "events up to " + subscription.position() + " are delivered");
        }
        FeedPage page = feed.after(after == null ? subscription.position() : after, limit, subscription.filter());
        StringJoiner events = new StringJoiner(
                ",", "{\"position\":" + subscription.position() + ",\"events\":[", "],\"next\":" + page.next() + "}");
        page.events().forEach(event -> events.add(cloudEvents.write(event)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(events.toString());
    }

    private WebhookView view(UUID id) {
        return subscriptions.find(id).map(WebhookView::of).orElseThrow(() -> new NotFound("webhook subscription", id));
    }
}
