package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradeledger.LedgerTest;
import com.tradeledger.ProbeEvents;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The processors' streams on the JDBC event store call their reader back to look again, so that an idle processor
 * finds an event committed by another transaction without waiting for Axon's half-second idle pause.
 */
@LedgerTest
class PromptEventStreamsTest {

    @Autowired
    EmbeddedEventStore events;

    @Autowired
    DataSource dataSource;

    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTicking() {
        ticks.shutdownNow();
    }

    @Test
    void a_stream_asks_its_reader_to_look_again_until_it_is_closed_and_its_reader_then_finds_new_events()
            throws Exception {
        PromptEventStreams streams = new PromptEventStreams(events, ticks, Duration.ofMillis(20));
        BlockingStream<TrackedEventMessage<?>> stream = streams.openStream(streams.createHeadToken());
        AtomicInteger looks = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(looks::incrementAndGet)).isTrue();

        ProbeEvents.Appended appended = new ProbeEvents(dataSource).append();
        await().atMost(Duration.ofSeconds(5)).until(() -> looks.get() >= 2);
        // Events other work appended meanwhile may come first; the probe is among what the reader now finds.
        TrackedEventMessage<?> found = await().atMost(Duration.ofSeconds(5))
                .until(
                        () -> stream.hasNextAvailable() ? stream.nextAvailable() : null,
                        next -> next != null && next.getIdentifier().equals(appended.eventId()));
        assertThat(found.trackingToken().position()).hasValue(appended.position());

        stream.close();
        int afterClose = looks.get();
        Thread.sleep(200);
        assertThat(looks.get()).isLessThanOrEqualTo(afterClose + 1);
    }
}
