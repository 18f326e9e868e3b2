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
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Registering and managing subscriptions: the secret shown once, each integrator's own, refusals that change nothing. */
@WebhookTest
class WebhookRegistrationHttpTest {

    private static final String URL = "https://erp.example.invalid/hooks/ledger";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Webhooks ian;
    Webhooks ivy;
    Webhooks admin;
    Feed feed;

    @BeforeEach
    void setUp() {
        Api integrator = Integrators.integrator(Integrators.IAN, port, users, passwords);
        ian = new Webhooks(integrator, port, Integrators.IAN);
        ivy = new Webhooks(Integrators.integrator(Integrators.IVY, port, users, passwords), port, Integrators.IVY);
        admin = new Webhooks(Api.as(port, "admin"), port, "admin");
        feed = new Feed(integrator, jdbc);
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
    }

    @Test
    void registration_answers_the_generated_secret_once_and_the_subscription_never_shows_it_again() {
        Api.Response created = ian.register(
                URL,
                List.of("ContractSigned", "com.tradeledger.quoting.QuoteAccepted"),
                List.of("Contract", "Quote"),
                0L);

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);
        String secret = created.body().path("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSizeGreaterThanOrEqualTo(24);
        assertThat(created.body().path("url").asText()).isEqualTo(URL);
        assertThat(created.body().path("owner").asText()).isEqualTo(Integrators.IAN);
        assertThat(created.body().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.body().path("position").asLong()).isZero();
        assertThat(texts(created.body().path("eventTypes")))
                .containsExactly("ContractSigned", "com.tradeledger.quoting.QuoteAccepted");
        assertThat(texts(created.body().path("aggregateTypes"))).containsExactly("Contract", "Quote");

        JsonNode read = ok(ian.subscription(id)).body();
        assertThat(read.has("secret")).isFalse();
        assertThat(read.path("description").asText()).isEqualTo("test receiver");
        JsonNode listed = ok(ian.list()).body().path("webhooks");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(jdbc.sql("SELECT secret FROM webhook_subscription WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(secret);
    }

    @Test
    void without_after_a_subscription_starts_at_the_head_of_the_log() {
        new SalesFlow(port, LocalDate.now()).customer("1000");
        long head = feed.tail();

        Api.Response created = ian.register(URL, List.of(), List.of(), null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("position").asLong()).isEqualTo(head);
        assertThat(Feed.events(
                        ian.undelivered(created.body().path("id").asText()).body()))
                .isEmpty();
    }

    @Test
    void trading_staff_and_auditors_cannot_register_or_list_webhooks() {
        for (String user : List.of("sally", "audrey", "fiona", "max")) {
            Webhooks someone = new Webhooks(Api.as(port, user), port, user);
            Api.Response refused = someone.register(URL, List.of(), List.of(), 0L);
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.code()).isEqualTo("forbidden");
            assertThat(someone.list().status()).as(user).isEqualTo(403);
        }
        assertThat(count()).isZero();
    }

    @Test
    void an_integrator_sees_and_manages_only_its_own_subscriptions_and_an_admin_sees_all() {
        String ians =
                ian.registered(URL, List.of(), List.of(), 0).body().path("id").asText();
        String ivys = ivy.registered(URL + "/ivy", List.of(), List.of(), 0)
                .body()
                .path("id")
                .asText();

        assertThat(ids(ian.list())).containsExactly(ians);
        assertThat(ids(ivy.list())).containsExactly(ivys);
        assertThat(ids(admin.list())).containsExactlyInAnyOrder(ians, ivys);
        for (Api.Response refused :
                List.of(ian.subscription(ivys), ian.resume(ivys), ian.rotateSecret(ivys), ian.undelivered(ivys))) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.code()).isEqualTo("not-found");
        }
        assertThat(ian.delete(ivys)).isEqualTo(404);
        assertThat(count()).isEqualTo(2);
        assertThat(ok(admin.subscription(ivys)).body().path("owner").asText()).isEqualTo(Integrators.IVY);
    }

    @Test
    void a_deleted_subscription_is_gone_and_another_integrators_stays() {
        String ians =
                ian.registered(URL, List.of(), List.of(), 0).body().path("id").asText();
        String ivys =
                ivy.registered(URL, List.of(), List.of(), 0).body().path("id").asText();

        assertThat(ian.delete(ians)).isEqualTo(204);

        assertThat(ian.subscription(ians).status()).isEqualTo(404);
        assertThat(ian.delete(ians)).isEqualTo(404);
        assertThat(ok(ivy.subscription(ivys)).body().path("id").asText()).isEqualTo(ivys);
    }

    @Test
    void registrations_with_a_bad_url_unknown_types_or_a_negative_position_are_refused_and_store_nothing() {
        assertRefused(ian.register("ftp://erp.example.invalid/hooks", List.of(), List.of(), 0L), "url");
        assertRefused(ian.register("/hooks/ledger", List.of(), List.of(), 0L), "url");
        assertRefused(ian.register("not a url", List.of(), List.of(), 0L), "url");
        assertRefused(ian.register("https://user:pw@erp.example.invalid/hooks", List.of(), List.of(), 0L), "url");
        assertRefused(ian.register(null, List.of(), List.of(), 0L), "url");
        assertRefused(ian.register(URL, List.of("ContractSigned", "ContractSignedd"), List.of(), 0L), "eventTypes");
        assertRefused(ian.register(URL, List.of(), List.of("Customer", "Invoices"), 0L), "aggregateTypes");
        assertRefused(ian.register(URL, List.of(), List.of(), -1L), "after");
        assertThat(count()).isZero();
        assertThat(ok(ian.list()).body().path("webhooks")).isEmpty();
    }

    @Test
    void a_rotated_secret_is_answered_once_and_signs_the_deliveries_from_then_on() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Api.Response created = ian.registered(receiver.url(), List.of(), List.of("Customer"), feed.tail());
            String id = created.body().path("id").asText();

            Api.Response rotated = ok(ian.rotateSecret(id));
            String secret = rotated.body().path("secret").asText();
            assertThat(secret)
                    .startsWith("whsec_")
                    .isNotEqualTo(created.body().path("secret").asText());
            assertThat(ian.subscription(id).body().has("secret")).isFalse();
            receiver.verifyingWith(secret);
            new SalesFlow(port, LocalDate.now()).customer("1000");

            await().atMost(Duration.ofSeconds(15))
                    .until(() -> !receiver.accepted().isEmpty());
            assertThat(receiver.requests()).allMatch(Receiver.Delivery::signatureValid);
        }
    }

    @Test
    void an_unknown_or_malformed_id_is_answered_as_a_problem() {
        Api.Response unknown = ian.subscription("00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not-found");
        assertThat(ian.subscription("nope").status()).isEqualTo(400);
    }

    private void assertRefused(Api.Response refused, String field) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("invalid-value");
        assertThat(refused.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM webhook_subscription")
                .query(Long.class)
                .single();
    }

    private static List<String> ids(Api.Response list) {
        return StreamSupport.stream(ok(list).body().path("webhooks").spliterator(), false)
                .map(subscription -> subscription.path("id").asText())
                .toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
