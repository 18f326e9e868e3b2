package com.tradeledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

class SharedEventStreamsTest {

    private final Log log = new Log();

    private SharedEventStreams shared(int window, Duration patience) {
        return new SharedEventStreams(log, window, patience);
    }

    @Test
    void readers_opened_at_the_same_token_share_one_read_of_the_log() throws Exception {
        log.append(100);
        SharedEventStreams streams = shared(1_000, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = streams.openStream(null);

        assertThat(take(first, 100)).containsExactlyElementsOf(positions(1, 100));
        assertThat(take(second, 100)).containsExactlyElementsOf(positions(1, 100));
        assertThat(log.opened).hasValue(1);
        assertThat(first.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();

        log.append(1);
        assertThat(take(first, 1)).containsExactly(101L);
        assertThat(take(second, 1)).containsExactly(101L);
        assertThat(log.opened).hasValue(1);

        first.close();
        assertThat(streams.openScans()).isEqualTo(1);
        second.close();
        assertThat(streams.openScans()).isZero();
        assertThat(log.closed).hasValue(1);
    }

    @Test
    void readers_that_reach_the_head_of_the_log_go_on_with_streams_of_their_own() throws Exception {
        log.append(5);
        SharedEventStreams streams = shared(1_000, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = streams.openStream(null);
        assertThat(take(first, 5)).containsExactlyElementsOf(positions(1, 5));
        assertThat(take(second, 5)).containsExactlyElementsOf(positions(1, 5));

        assertThat(first.hasNextAvailable(200, TimeUnit.MILLISECONDS)).isFalse();
        log.append(1);

        assertThat(take(first, 1)).containsExactly(6L);
        assertThat(take(second, 1)).containsExactly(6L);
        assertThat(log.openedAt).containsExactly(null, 5L, 5L);
        assertThat(streams.openScans()).isZero();
        assertThat(log.closed).hasValue(1);
    }

    @Test
    void the_same_events_are_handed_to_every_reader_read_and_converted_once() throws Exception {
        log.append(3);
        SharedEventStreams streams = shared(1_000, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = streams.openStream(null);

        TrackedEventMessage<?> peeked = first.peek().orElseThrow();
        assertThat(first.nextAvailable()).isSameAs(peeked).isSameAs(second.nextAvailable());
    }

    @Test
    void a_reader_opened_at_another_token_reads_the_log_on_its_own() throws Exception {
        log.append(100);
        SharedEventStreams streams = shared(1_000, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> fromStart = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> fromFifty = streams.openStream(new GlobalSequenceTrackingToken(50));

        assertThat(take(fromFifty, 50)).containsExactlyElementsOf(positions(51, 100));
        assertThat(take(fromStart, 100)).containsExactlyElementsOf(positions(1, 100));
        assertThat(log.opened).hasValue(2);
        assertThat(streams.openScans()).isEqualTo(2);
    }

    @Test
    void the_leading_reader_waits_rather_than_run_a_window_ahead_of_the_slowest() throws Exception {
        log.append(100);
        SharedEventStreams streams = shared(10, Duration.ofSeconds(1));
        BlockingStream<TrackedEventMessage<?>> leading = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> slowest = streams.openStream(null);
        assertThat(take(slowest, 1)).containsExactly(1L);

        assertThat(take(leading, 10)).containsExactlyElementsOf(positions(1, 10));
        assertThat(leading.hasNextAvailable(50, TimeUnit.MILLISECONDS))
                .as("no more than a window from the start while another may still join there")
                .isFalse();
        assertThat(leading.peek()).isEmpty();

        Thread.sleep(1_100);
        assertThat(take(slowest, 1)).containsExactly(2L);
        assertThat(take(leading, 2)).containsExactly(11L, 12L);
        assertThat(leading.hasNextAvailable(50, TimeUnit.MILLISECONDS))
                .as("no more than a window ahead of the slowest")
                .isFalse();
    }

    @Test
    void a_reader_opened_at_the_same_token_soon_after_joins_the_scan_at_its_start() throws Exception {
        log.append(30);
        SharedEventStreams streams = shared(10, Duration.ofMillis(300));
        BlockingStream<TrackedEventMessage<?>> early = streams.openStream(null);
        assertThat(take(early, 10)).containsExactlyElementsOf(positions(1, 10));
        assertThat(early.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();

        BlockingStream<TrackedEventMessage<?>> late = streams.openStream(null);

        assertThat(take(late, 10)).containsExactlyElementsOf(positions(1, 10));
        assertThat(late.hasNextAvailable(50, TimeUnit.MILLISECONDS))
                .as("the start is held for another reader until the patience has passed since this one joined")
                .isFalse();
        assertThat(take(late, 10)).containsExactlyElementsOf(positions(11, 20));
        assertThat(take(early, 20)).containsExactlyElementsOf(positions(11, 30));
        assertThat(take(late, 10)).containsExactlyElementsOf(positions(21, 30));
        assertThat(log.opened).hasValue(1);
    }

    @Test
    void a_reader_that_does_not_move_is_let_go_and_reads_on_alone_without_a_gap_or_a_repeat() throws Exception {
        log.append(100);
        SharedEventStreams streams = shared(10, Duration.ofMillis(50));
        BlockingStream<TrackedEventMessage<?>> leading = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> stuck = streams.openStream(null);
        assertThat(take(stuck, 3)).containsExactly(1L, 2L, 3L);

        assertThat(take(leading, 100)).containsExactlyElementsOf(positions(1, 100));

        assertThat(take(stuck, 97)).containsExactlyElementsOf(positions(4, 100));
        assertThat(log.openedAt).containsExactly(null, 3L);
        assertThat(stuck.hasNextAvailable(10, TimeUnit.MILLISECONDS)).isFalse();
        stuck.close();
        leading.close();
        assertThat(log.closed).hasValue(2);
    }

    @Test
    void a_reader_opened_after_the_scan_let_go_of_its_start_starts_a_scan_of_its_own() throws Exception {
        log.append(30);
        SharedEventStreams streams = shared(10, Duration.ofMillis(50));
        BlockingStream<TrackedEventMessage<?>> early = streams.openStream(null);
        assertThat(take(early, 15)).containsExactlyElementsOf(positions(1, 15));

        BlockingStream<TrackedEventMessage<?>> late = streams.openStream(null);

        assertThat(take(late, 30)).containsExactlyElementsOf(positions(1, 30));
        assertThat(take(early, 15)).containsExactlyElementsOf(positions(16, 30));
        assertThat(log.opened).hasValue(2);
    }

    @Test
    void a_failed_read_reaches_every_reader_of_the_scan_and_the_next_stream_reads_afresh() throws Exception {
        log.append(5);
        SharedEventStreams streams = shared(1_000, Duration.ofSeconds(5));
        BlockingStream<TrackedEventMessage<?>> first = streams.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = streams.openStream(null);
        assertThat(take(first, 5)).hasSize(5);
        log.failing = true;
        log.append(1);

        assertThatThrownBy(() -> first.hasNextAvailable(10, TimeUnit.MILLISECONDS))
                .hasMessage("database gone");
        assertThat(take(second, 5)).containsExactlyElementsOf(positions(1, 5));
        assertThatThrownBy(() -> second.hasNextAvailable(10, TimeUnit.MILLISECONDS))
                .hasMessage("database gone");
        first.close();
        second.close();

        log.failing = false;
        BlockingStream<TrackedEventMessage<?>> again = streams.openStream(null);
        assertThat(take(again, 6)).containsExactlyElementsOf(positions(1, 6));
    }

    private static List<Long> take(BlockingStream<TrackedEventMessage<?>> stream, int count) throws Exception {
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(stream.hasNextAvailable(2, TimeUnit.SECONDS))
                    .as("event %d of %d", i + 1, count)
                    .isTrue();
            positions.add(stream.nextAvailable().trackingToken().position().orElseThrow());
        }
        return positions;
    }

    private static List<Long> positions(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /**
     * A log in memory, numbered from 1, that counts the streams opened on it and closed. Like the event store, each
     * stream hands out messages of its own, so a message seen by two readers was read once.
     */
    private static final class Log implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final List<TrackedEventMessage<?>> events = new ArrayList<>();
        private final AtomicInteger opened = new AtomicInteger();
        private final AtomicInteger closed = new AtomicInteger();
        private final List<Long> openedAt = new ArrayList<>();
        private volatile boolean failing;

        synchronized void append(int count) {
            for (int i = 0; i < count; i++) {
                long position = events.size() + 1;
                events.add(new GenericTrackedEventMessage<>(
                        new GlobalSequenceTrackingToken(position),
                        GenericEventMessage.asEventMessage("event " + position)));
            }
            notifyAll();
        }

        synchronized int size() {
            return events.size();
        }

        synchronized TrackedEventMessage<?> at(int index) {
            return events.get(index);
        }

        @Override
        public synchronized BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
            opened.incrementAndGet();
            Long position = from == null ? null : from.position().orElseThrow();
            openedAt.add(position);
            return new Stream(position == null ? 0 : position.intValue());
        }

        private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

            private int next;

            Stream(int next) {
                this.next = next;
            }

            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return next < size() ? Optional.of(at(next)) : Optional.empty();
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                long deadline = System.nanoTime() + unit.toNanos(timeout);
                synchronized (Log.this) {
                    while (next >= events.size()) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        TimeUnit.NANOSECONDS.timedWait(Log.this, left);
                    }
                }
                if (failing) {
                    throw new IllegalStateException("database gone");
                }
                return true;
            }

            /** A new message each time, as a stream of the event store converts each row it reads. */
            @Override
            public TrackedEventMessage<?> nextAvailable() {
                TrackedEventMessage<?> stored = at(next++);
                return new GenericTrackedEventMessage<>(stored.trackingToken(), stored);
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        }
    }
}
