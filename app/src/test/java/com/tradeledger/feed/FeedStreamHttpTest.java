package com.tradeledger.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import com.tradeledger.ProbeEvents;
import io.cloudevents.CloudEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** Live push: a real HTTP client reads the Server-Sent Events stream, drops it, and resumes with Last-Event-ID. */
@LedgerTest
class FeedStreamHttpTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

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

    ProbeEvents probes;

    @BeforeEach
    void setUp() {
        Integrators.ian(port, users, passwords);
        probes = new ProbeEvents(dataSource);
    }

    @Test
    void pushes_events_as_they_commit_and_resumes_after_the_last_event_id() throws Exception {
        long start = jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
        List<ProbeEvents.Appended> appended = new ArrayList<>();
        List<Sse> first;
        try (Stream<String> lines = open("?type=" + ProbeEvents.TYPE + "&after=" + start, null)) {
            IntStream.range(0, 3).forEach(n -> appended.add(probes.append()));
            first = take(lines.iterator(), 3);
        }

        assertThat(first)
                .extracting(Sse::id)
                .containsExactly(appended.stream()
                        .map(event -> Long.toString(event.position()))
                        .toArray(String[]::new));
        assertThat(first.stream().map(Sse::cloudEvent).map(CloudEvent::getId))
                .containsExactly(
                        appended.stream().map(ProbeEvents.Appended::eventId).toArray(String[]::new));

        List<Sse> resumed;
        try (Stream<String> lines = open(
                "?type=" + ProbeEvents.TYPE + "&after=" + start, first.get(0).id())) {
            resumed = take(lines.iterator(), 2);
        }
        assertThat(resumed)
                .extracting(Sse::id)
                .containsExactly(first.get(1).id(), first.get(2).id());
    }

    private Stream<String> open(String query, String lastEventId) throws Exception {
        String credentials = Integrators.IAN + ":" + Integrators.IAN + "-password";
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/feed/stream" + query))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = CLIENT.sendAsync(
                        request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        return response.body();
    }

    /** The next {@code count} events of the stream: {@code id:} and {@code data:} lines, ended by a blank line. */
    private static List<Sse> take(Iterator<String> lines, int count) throws Exception {
        List<Sse> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String id = null;
        StringBuilder data = new StringBuilder();
        while (events.size() < count && System.nanoTime() < deadline && lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            } else if (line.isEmpty() && id != null) {
                events.add(new Sse(
                        id,
                        FeedHttpTest.CLOUDEVENTS_JSON.deserialize(
                                data.toString().getBytes(StandardCharsets.UTF_8))));
                id = null;
                data.setLength(0);
            }
        }
        assertThat(events).hasSize(count);
        return events;
    }

    /** One Server-Sent Event: its id (the position) and its data, a CloudEvent. */
    record Sse(String id, CloudEvent cloudEvent) {}
}
