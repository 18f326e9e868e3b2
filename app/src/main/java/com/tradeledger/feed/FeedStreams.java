package com.tradeledger.feed;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live push of the feed as Server-Sent Events: each event's {@code id} is its position and its {@code data} the
 * CloudEvent, so a client that reconnects with {@code Last-Event-ID} resumes right after the last one it got. Each
 * stream reads the same safe pages as the pull feed, waits a poll interval when it has caught up, sends a comment
 * now and then so a dead connection is noticed, and closes after the stream duration for the client to reconnect.
 */
@Component
class FeedStreams {

    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final EventFeed feed;
    private final CloudEventJson cloudEvents;
    private final FeedProperties properties;
    private final ExecutorService pumps;

    FeedStreams(EventFeed feed, CloudEventJson cloudEvents, FeedProperties properties) {
        this.feed = feed;
        this.cloudEvents = cloudEvents;
        this.properties = properties;
        AtomicInteger count = new AtomicInteger();
        this.pumps = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "feed-stream-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    SseEmitter open(long after, FeedFilter filter) {
        SseEmitter emitter = new SseEmitter(properties.streamDuration().toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onTimeout(() -> open.set(false));
        emitter.onError(error -> open.set(false));
        pumps.execute(() -> pump(emitter, after, filter, open));
        return emitter;
    }

    private void pump(SseEmitter emitter, long after, FeedFilter filter, AtomicBoolean open) {
        long position = after;
        long idleSince = System.nanoTime();
        try {
            // Opens the response at once, so a client knows it is connected before the first event comes.
            emitter.send(SseEmitter.event().comment("events after " + after));
            while (open.get()) {
                FeedPage page = feed.after(position, properties.maxPageSize(), filter);
                send(emitter, page);
                position = page.next();
                if (!page.events().isEmpty()) {
                    idleSince = System.nanoTime();
                    continue;
                }
                if (System.nanoTime() - idleSince > KEEP_ALIVE.toNanos()) {
                    emitter.send(SseEmitter.event().comment("keep-alive"));
                    idleSince = System.nanoTime();
                }
                Thread.sleep(properties.streamPollInterval().toMillis());
            }
        } catch (IOException | IllegalStateException clientGoneOrStreamClosed) {
            open.set(false);
        } catch (InterruptedException shuttingDown) {
            Thread.currentThread().interrupt();
            emitter.complete();
        } catch (RuntimeException failure) {
            emitter.completeWithError(failure);
        }
    }

    /** A page's events in one write and one flush, rather than a flush per event. */
    private void send(SseEmitter emitter, FeedPage page) throws IOException {
        if (page.events().isEmpty()) {
            return;
        }
        Set<ResponseBodyEmitter.DataWithMediaType> batch = new LinkedHashSet<>();
        for (StoredEvent event : page.events()) {
            batch.addAll(SseEmitter.event()
                    .id(Long.toString(event.position()))
                    .data(cloudEvents.write(event))
                    .build());
        }
        emitter.send(batch);
    }

    @PreDestroy
    void stop() {
        pumps.shutdownNow();
    }
}
