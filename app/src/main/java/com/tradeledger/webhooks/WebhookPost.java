package com.tradeledger.webhooks;

import com.tradeledger.feed.CloudEventJson;
import com.tradeledger.feed.StoredEvent;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One delivery attempt: the event's CloudEvent POSTed to the subscription's URL with the Standard Webhooks headers
 * ({@code webhook-id} the event id, so a receiver drops a repeat; {@code webhook-timestamp} in unix seconds; {@code
 * webhook-signature}). Any 2xx answer delivers it; another status, a timeout or a failed connection does not.
 */
@Component
class WebhookPost {

    private final HttpClient client;
    private final CloudEventJson cloudEvents;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookPost(CloudEventJson cloudEvents, WebhookProperties properties, Clock clock) {
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Why the event was not delivered; empty when it was. */
    Optional<String> send(Subscription subscription, StoredEvent event) {
        String body = cloudEvents.write(event);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(subscription.url())
                .timeout(properties.readTimeout())
                .header("content-type", "application/cloudevents+json; charset=utf-8")
                .header("webhook-id", event.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", subscription.secret().sign(event.eventId(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status =
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300
                    ? Optional.empty()
                    : Optional.of("answered HTTP " + status + " to event " + where(event));
        } catch (HttpTimeoutException timeout) {
            return Optional.of("timed out delivering event " + where(event) + ": " + timeout.getMessage());
        } catch (ConnectException refused) {
            return Optional.of("could not connect to deliver event " + where(event) + ": " + describe(refused));
        } catch (IOException failed) {
            return Optional.of("failed delivering event " + where(event) + ": " + describe(failed));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the server is stopping; event " + where(event) + " stays undelivered");
        }
    }

    private static String where(StoredEvent event) {
        return event.eventId() + " at position " + event.position();
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
