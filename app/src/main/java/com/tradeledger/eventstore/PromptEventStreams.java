package com.tradeledger.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the projections' processors read it, with streams that tell their reader to look again every
 * {@code poll-interval}. A pooled streaming processor whose stream cannot call it back when events arrive (the JDBC
 * event store's streams cannot) looks only every 500 ms when idle, which alone made every view half a second stale
 * under any load. With this, an idle coordinator looks again at the interval the event store itself polls the
 * database, and each look only reads what the store has already fetched into memory.
 */
final class PromptEventStreams implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final ScheduledExecutorService ticks;
    private final long intervalMillis;

    PromptEventStreams(
            StreamableMessageSource<TrackedEventMessage<?>> events, ScheduledExecutorService ticks, Duration interval) {
        this.events = events;
        this.ticks = ticks;
        this.intervalMillis = Math.max(1, interval.toMillis());
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        return new PromptStream(events.openStream(from));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /**
     * A stream that calls its reader's callback at every tick until it is closed. The callback only asks the reader
     * to look; the stream itself is never touched from the ticking thread, so it stays with its one reader thread.
     */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private ScheduledFuture<?> ticking;

        PromptStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public synchronized boolean setOnAvailableCallback(Runnable callback) {
            if (ticking != null) {
                ticking.cancel(false);
            }
            ticking = ticks.scheduleWithFixedDelay(callback, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            synchronized (this) {
                if (ticking != null) {
                    ticking.cancel(false);
                }
            }
            stream.close();
        }
    }
}
