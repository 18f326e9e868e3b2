package com.tradeledger.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the projections' event processors: DOWN when one has stopped or is in error on this node, with the head
 * of the event log and where each processor stands per segment, whichever node holds the segment, so an operator sees
 * which one lags and by how much.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final ProcessorStandings standings;

    EventProcessorsHealthIndicator(ProcessorStandings standings) {
        this.standings = standings;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean healthy = true;
        long head = standings.head();
        health.withDetail("head", head);
        for (var entry : standings.all(head).entrySet()) {
            var processor = entry.getValue().processor();
            healthy &= processor.isRunning() && !processor.isError();
            health.withDetail(entry.getKey(), describe(entry.getValue()));
        }
        if (healthy) {
            health.up();
        } else {
            health.down();
        }
    }

    private static Map<String, Object> describe(ProcessorStandings.Standing standing) {
        Map<String, Object> segments = new LinkedHashMap<>();
        standing.segments().forEach((segment, status) -> segments.put(String.valueOf(segment), describe(status)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", standing.processor().isRunning());
        details.put("error", standing.processor().isError());
        details.put("behind", standing.behind());
        details.put("segments", segments);
        return details;
    }

    // Replaying, caught up and in error are known only of the segments this node holds.
    private static Map<String, Object> describe(ProcessorStandings.SegmentStanding segment) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("position", segment.position());
        details.put("claimedBy", segment.claimedBy());
        details.put("here", segment.here() != null);
        EventTrackerStatus status = segment.here();
        if (status != null) {
            details.put("replaying", status.isReplaying());
            details.put("caughtUp", status.isCaughtUp());
            details.put("error", status.isErrorState());
        }
        return details;
    }
}
