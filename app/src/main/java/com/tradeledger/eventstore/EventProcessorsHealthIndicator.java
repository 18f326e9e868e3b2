package com.tradeledger.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the projections' event processors: DOWN when one has stopped or is in error, with the head of the
 * event log and each processor's position per segment, so an operator sees which one lags and by how much.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        long head = head();
        health.withDetail("head", head);
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                healthy &= processor.isRunning() && !processor.isError();
                health.withDetail(entry.getKey(), describe(processor, head));
            }
        }
        if (healthy) {
            health.up();
        } else {
            health.down();
        }
    }

    /** The head of the log: the highest position handed out. */
    long head() {
        return position(events.createHeadToken());
    }

    /**
     * The position every segment of the processor has handled or passed over, as the processor itself knows it:
     * ahead of its stored tokens, which a segment with nothing of its own to handle stores only every few seconds.
     */
    static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1L))
                .min()
                .orElse(-1L);
    }

    /** How many positions of the global index the processor's slowest segment still has to read (gaps included). */
    static long behind(StreamingEventProcessor processor, long head) {
        return Math.max(0, head - position(processor));
    }

    private static Map<String, Object> describe(StreamingEventProcessor processor, long head) {
        Map<String, Object> segments = new LinkedHashMap<>();
        processor
                .processingStatus()
                .forEach((segment, status) -> segments.put(String.valueOf(segment), describe(status)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", processor.isRunning());
        details.put("error", processor.isError());
        details.put("behind", behind(processor, head));
        details.put("segments", segments);
        return details;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1L : token.position().orElse(-1L);
    }

    private static Map<String, Object> describe(EventTrackerStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("position", status.getCurrentPosition().orElse(-1L));
        details.put("replaying", status.isReplaying());
        details.put("caughtUp", status.isCaughtUp());
        details.put("error", status.isErrorState());
        return details;
    }
}
