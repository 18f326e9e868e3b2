package com.tradeledger.webhooks;

import static com.tradeledger.SalesFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.Integrators;
import com.tradeledger.SalesFlow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Deliveries to a real receiver on loopback: every matching event, signed, in global order, through failures. */
@WebhookTest
class WebhookDeliveryHttpTest {

    private static final List<String> DEAL_AGGREGATES = List.of("Quote", "Contract");
    private static final String DEAL_FILTER = "&aggregateType=Quote,Contract";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Webhooks ian;
    Feed feed;
    SalesFlow flow;
    final List<Receiver> receivers = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Api integrator = Integrators.integrator(Integrators.IAN, port, users, passwords);
        ian = new Webhooks(integrator, port, Integrators.IAN);
        feed = new Feed(integrator, jdbc);
        flow = new SalesFlow(port, LocalDate.now());
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
        receivers.forEach(Receiver::stop);
    }

    @Test
    void every_event_of_a_deal_that_passes_the_filters_arrives_once_in_global_order_signed_as_the_feed_shows_it()
            throws Exception {
        Receiver receiver = receiver(Receiver.start());
        long start = feed.tail();
        Api.Response created = ian.registered(receiver.url(), List.of(), DEAL_AGGREGATES, start);
        receiver.verifyingWith(created.body().path("secret").asText());

        deal();

        List<JsonNode> expected = awaitAllAccepted(receiver, start);
        List<Receiver.Delivery> received = receiver.requests();
        assertThat(received).hasSameSizeAs(expected).allSatisfy(delivery -> {
            assertThat(delivery.signatureValid())
                    .as("signature of %s", delivery.webhookId())
                    .isTrue();
            assertThat(delivery.webhookId()).isEqualTo(delivery.eventId());
            assertThat(delivery.contentType()).isEqualTo("application/cloudevents+json; charset=utf-8");
            assertThat(delivery.event().path("aggregatetype").asText()).isIn(DEAL_AGGREGATES);
        });
        assertThat(received.stream().map(Receiver.Delivery::event).toList()).isEqualTo(expected);
        assertThat(received.stream().map(Receiver.Delivery::position).toList())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(expected.stream().map(event -> event.path("type").asText()))
                .contains("com.tradeledger.quoting.QuoteAccepted.v1", "com.tradeledger.contracting.ContractSigned.v1")
                .noneMatch(type -> type.startsWith("com.tradeledger.customers"));

        JsonNode state = ian.subscription(id(created)).body();
        assertThat(state.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(state.path("delivered").asLong()).isEqualTo(expected.size());
        assertThat(state.path("position").asLong()).isGreaterThanOrEqualTo(position(expected.get(expected.size() - 1)));
        assertThat(state.has("secret")).isFalse();
        assertThat(Feed.events(ian.undelivered(id(created)).body())).isEmpty();
    }

    @Test
    void a_receiver_that_fails_for_a_while_is_retried_with_growing_pauses_and_then_gets_the_events_in_order()
            throws Exception {
        Receiver receiver = receiver(Receiver.start().answering(n -> n <= 2 ? 500 : 200));
        long start = feed.tail();
        Api.Response created = ian.registered(receiver.url(), List.of(), List.of("Customer"), start);
        receiver.verifyingWith(created.body().path("secret").asText());

        flow.customer("1000");
        flow.customer("2000");

        List<JsonNode> expected = awaitAccepted(receiver, start, "&aggregateType=Customer", 2);
        List<Receiver.Delivery> requests = receiver.requests();
        assertThat(requests.subList(0, 3))
                .extracting(Receiver.Delivery::webhookId)
                .containsOnly(expected.get(0).path("id").asText());
        long firstPause = requests.get(1).receivedAtNanos() - requests.get(0).receivedAtNanos();
        long secondPause = requests.get(2).receivedAtNanos() - requests.get(1).receivedAtNanos();
        assertThat(firstPause).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(WebhookTest.BACKOFF_BASE_MILLIS));
        assertThat(secondPause)
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(2 * WebhookTest.BACKOFF_BASE_MILLIS));
        assertThat(receiver.accepted().stream().map(Receiver.Delivery::event).toList())
                .isEqualTo(expected);
        assertThat(requests).allMatch(Receiver.Delivery::signatureValid);

        JsonNode state = ian.subscription(id(created)).body();
        assertThat(state.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(state.path("consecutiveFailures").asInt()).isZero();
        assertThat(state.path("lastError").asText()).contains("HTTP 500");
    }

    @Test
    void a_receiver_killed_mid_stream_pauses_the_subscription_and_resuming_on_a_new_one_delivers_the_rest_in_order()
            throws Exception {
        Receiver killed = receiver(Receiver.start().holdingRequest(3));
        long start = feed.tail();
        Api.Response created = ian.registered(killed.url(), List.of(), DEAL_AGGREGATES, start);
        String secret = created.body().path("secret").asText();
        killed.verifyingWith(secret);
        String id = id(created);

        deal();
        assertThat(killed.awaitHeld(15)).isTrue();
        killed.stop();

        JsonNode paused = await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> ian.subscription(id).body(),
                        state -> "PAUSED".equals(state.path("status").asText()));
        assertThat(paused.path("consecutiveFailures").asInt()).isEqualTo(WebhookTest.MAX_FAILURES);
        assertThat(paused.path("pausedSince").isTextual()).isTrue();
        assertThat(paused.path("lastError").asText()).isNotBlank();
        List<JsonNode> expected = feed.events(start, DEAL_FILTER);
        List<Receiver.Delivery> acceptedBeforeKill = killed.accepted();
        assertThat(acceptedBeforeKill.stream().map(Receiver.Delivery::event).toList())
                .isEqualTo(expected.subList(0, 2));
        assertThat(paused.path("position").asLong()).isEqualTo(position(expected.get(1)));

        Api.Response undelivered = ian.undelivered(id);
        assertThat(undelivered.status()).isEqualTo(200);
        assertThat(Feed.events(undelivered.body())).isEqualTo(expected.subList(2, expected.size()));
        Thread.sleep(300);
        assertThat(ian.subscription(id).body().path("status").asText()).isEqualTo("PAUSED");

        Receiver revived = receiver(Receiver.onPort(killed.port()).verifyingWith(secret));
        JsonNode resumed = ok(ian.resume(id)).body();
        assertThat(resumed.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(resumed.path("consecutiveFailures").asInt()).isZero();

        List<JsonNode> all = awaitAllAccepted(revived, start, expected.get(1));
        List<String> deliveredIds = new ArrayList<>(Feed.ids(
                acceptedBeforeKill.stream().map(Receiver.Delivery::event).toList()));
        deliveredIds.addAll(Feed.ids(
                revived.accepted().stream().map(Receiver.Delivery::event).toList()));
        assertThat(deliveredIds).isEqualTo(Feed.ids(all));
        List<String> everyRequest = new ArrayList<>();
        killed.requests().forEach(request -> everyRequest.add(request.webhookId()));
        revived.requests().forEach(request -> everyRequest.add(request.webhookId()));
        assertThat(new ArrayList<>(new LinkedHashSet<>(everyRequest))).isEqualTo(Feed.ids(all));
        // The only event a receiver may see twice is the one in flight when it was killed.
        assertThat(everyRequest).hasSize(all.size() + 1);
        assertThat(revived.requests().get(0).webhookId())
                .isEqualTo(all.get(2).path("id").asText());
        assertThat(revived.requests()).allMatch(Receiver.Delivery::signatureValid);
    }

    private void deal() {
        String customer = flow.customer("500000");
        String product = flow.product();
        String quote = flow.acceptedQuote(customer, product, "10");
        String contract = flow.contract(quote);
        ok(flow.sally.post("/api/v1/contracts/" + contract + "/sign", Map.of()));
    }

    private List<JsonNode> awaitAllAccepted(Receiver receiver, long start) {
        return awaitAccepted(receiver, start, DEAL_FILTER, 7);
    }

    /** Waits until the receiver accepted every deal event after the given one. */
    private List<JsonNode> awaitAllAccepted(Receiver receiver, long start, JsonNode lastBefore) {
        List<JsonNode> all = await().atMost(Duration.ofSeconds(20))
                .until(() -> feed.events(start, DEAL_FILTER), events -> {
                    List<JsonNode> rest = events.subList(events.indexOf(lastBefore) + 1, events.size());
                    return receiver.accepted().stream()
                            .map(Receiver.Delivery::event)
                            .toList()
                            .equals(rest);
                });
        return all;
    }

    /** Waits until the receiver accepted exactly what the feed holds after start (at least {@code atLeast}). */
    private List<JsonNode> awaitAccepted(Receiver receiver, long start, String filters, int atLeast) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> feed.events(start, filters),
                        events -> events.size() >= atLeast
                                && Feed.ids(receiver.accepted().stream()
                                                .map(Receiver.Delivery::event)
                                                .toList())
                                        .equals(Feed.ids(events)));
    }

    private Receiver receiver(Receiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    static String id(Api.Response created) {
        return created.body().path("id").asText();
    }

    static long position(JsonNode event) {
        return Long.parseLong(event.path("position").asText());
    }
}
