package com.tradeledger.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.Api;
import com.tradeledger.Integrators;
import com.tradeledger.ProbeEvents;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** A slow transaction's event is delivered in its place: nothing after it goes out before it commits. */
@WebhookTest
class WebhookGapTest {

    private static final int LATER_APPENDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsManager users;

    @Autowired
    PasswordEncoder passwords;

    Webhooks ian;
    Feed feed;
    Receiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        Api integrator = Integrators.integrator(Integrators.IAN, port, users, passwords);
        ian = new Webhooks(integrator, port, Integrators.IAN);
        feed = new Feed(integrator, jdbc);
        receiver = Receiver.start();
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
        receiver.stop();
    }

    @Test
    void events_committed_after_a_slow_transactions_event_wait_for_it_and_all_arrive_in_global_order()
            throws Exception {
        long start = feed.tail();
        Api.Response created = ian.registered(receiver.url(), List.of(), List.of(), start);
        receiver.verifyingWith(created.body().path("secret").asText());
        ProbeEvents appends = new ProbeEvents(dataSource);
        List<String> probes = new ArrayList<>();

        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            ProbeEvents.Appended late = ProbeEvents.insert(slow);
            for (int n = 0; n < LATER_APPENDS; n++) {
                probes.add(appends.append().eventId());
            }
            Thread.sleep(500);
            assertThat(receiver.requests()).allMatch(delivery -> delivery.position() < late.position());
            slow.commit();
            probes.add(0, late.eventId());
        }

        await().atMost(Duration.ofSeconds(15))
                .until(() -> receiver.accepted().stream()
                        .map(Receiver.Delivery::eventId)
                        .toList()
                        .containsAll(probes));
        List<Receiver.Delivery> received = receiver.requests();
        assertThat(received).allMatch(Receiver.Delivery::signatureValid).allMatch(Receiver.Delivery::accepted);
        assertThat(received.stream().map(Receiver.Delivery::position).toList())
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(received.stream()
                        .map(Receiver.Delivery::eventId)
                        .filter(probes::contains)
                        .toList())
                .isEqualTo(probes);
    }
}
