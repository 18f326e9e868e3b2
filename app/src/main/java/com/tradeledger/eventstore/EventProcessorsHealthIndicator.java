package com.tradeledger.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the projections' event processors: DOWN when one has stopped or is in error, with each processor's
 * position per segment so an operator sees which one lags.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor processor) {
                healthy &= processor.isRunning() && !processor.isError();
                health.withDetail(entry.getKey(), describe(processor));
            }
        }
        if (healthy) {
            health.up();
        } else {
            health.down();
        }
    }

    private static Map<String, Object> describe(StreamingEventProcessor processor) {
        Map<String, Object> segments = new LinkedHashMap<>();
        processor
                .processingStatus()
                .forEach((segment, status) -> segments.put(String.valueOf(segment), describe(status)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", processor.isRunning());
        details.put("error", processor.isError());
        details.put("segments", segments);
        return details;
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
