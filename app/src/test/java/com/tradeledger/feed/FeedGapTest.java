package com.tradeledger.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.Api;
import com.tradeledger.Integrators;
import com.tradeledger.LedgerTest;
import com.tradeledger.ProbeEvents;
import io.cloudevents.CloudEvent;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/** No event is ever skipped: an append that commits after later ones is still delivered, in order. */
@LedgerTest
class FeedGapTest {

    private static final int WRITERS = 4;
    private static final int APPENDS_PER_WRITER = 25;

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

    Api ian;
    ProbeEvents probes;
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 2);

    @BeforeEach
    void setUp() {
        ian = Integrators.ian(port, users, passwords);
        probes = new ProbeEvents(dataSource);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void a_reader_resuming_with_after_gets_a_slow_transactions_event_in_order_with_those_that_committed_before_it()
            throws Exception {
        long start = tail();
        Set<String> appended = ConcurrentHashMap.newKeySet();
        CountDownLatch slowInserted = new CountDownLatch(1);
        CountDownLatch othersCommitted = new CountDownLatch(1);
        CompletableFuture<ProbeEvents.Appended> slow =
                CompletableFuture.supplyAsync(() -> slowAppend(slowInserted, othersCommitted), threads);
        slowInserted.await(10, TimeUnit.SECONDS);

        List<Long> read = new ArrayList<>();
        List<String> readIds = new ArrayList<>();
        CompletableFuture<Void> reader =
                CompletableFuture.runAsync(() -> readUntil(start, appended, read, readIds), threads);
        List<CompletableFuture<Void>> writers = IntStream.range(0, WRITERS)
                .mapToObj(writer -> CompletableFuture.runAsync(
                        () -> IntStream.range(0, APPENDS_PER_WRITER)
                                .forEach(n -> appended.add(probes.append().eventId())),
                        threads))
                .toList();
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        long slowPosition = this.slowPosition;
        assertThat(slow).isNotDone();
        Api.Response whileOpen = ian.get("/api/v1/feed?limit=1000&after=" + start);
        assertThat(whileOpen.body().path("next").asLong()).isLessThan(slowPosition);
        assertThat(FeedHttpTest.positions(FeedHttpTest.parsed(whileOpen)))
                .allMatch(position -> position < slowPosition);

        othersCommitted.countDown();
        appended.add(slow.get(10, TimeUnit.SECONDS).eventId());
        reader.get(30, TimeUnit.SECONDS);

        assertThat(readIds).containsExactlyInAnyOrderElementsOf(appended).doesNotHaveDuplicates();
        assertThat(read).isSorted().contains(slowPosition);
        assertThat(read.get(read.size() - 1)).isGreaterThan(slowPosition);
    }

    @Test
    void a_rolled_back_append_leaves_a_gap_the_feed_moves_past() throws Exception {
        long start = tail();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ProbeEvents.insert(connection);
            connection.rollback();
        }
        ProbeEvents.Appended committed = probes.append();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response page = ian.get("/api/v1/feed?after=" + start + "&type=" + ProbeEvents.TYPE);
            assertThat(FeedHttpTest.parsed(page).stream().map(CloudEvent::getId))
                    .contains(committed.eventId());
            assertThat(page.body().path("next").asLong()).isGreaterThanOrEqualTo(committed.position());
        });
    }

    private volatile long slowPosition;

    private ProbeEvents.Appended slowAppend(CountDownLatch inserted, CountDownLatch release) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ProbeEvents.Appended appended = ProbeEvents.insert(connection);
            slowPosition = appended.position();
            inserted.countDown();
            release.await(30, TimeUnit.SECONDS);
            Thread.sleep(500);
            connection.commit();
            return appended;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls the feed as an integrator would, resuming after each page's next, until every probe has come. */
    private void readUntil(long start, Set<String> appended, List<Long> read, List<String> readIds) {
        long after = start;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response page = ian.get("/api/v1/feed?limit=20&type=" + ProbeEvents.TYPE + "&after=" + after);
            for (CloudEvent event : FeedHttpTest.parsed(page)) {
                read.add(Long.parseLong((String) event.getExtension("position")));
                readIds.add(event.getId());
            }
            after = page.body().path("next").asLong();
            if (page.body().path("events").isEmpty()) {
                pause();
            }
            if (appended.size() == WRITERS * APPENDS_PER_WRITER + 1 && readIds.containsAll(appended)) {
                return;
            }
        }
        throw new AssertionError("read " + readIds.size() + " of " + appended.size() + " probes: missing "
                + appended.stream().filter(id -> !readIds.contains(id)).collect(Collectors.toSet()));
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long tail() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
    }
}
