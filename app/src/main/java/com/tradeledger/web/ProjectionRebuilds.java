package com.tradeledger.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which projections are being rebuilt through the administrator's endpoint: from the moment the rebuild is asked for
 * (before its tables are emptied) until its processor runs again and has read the whole log. Position, not Axon's
 * replay flag, decides the end: the flag may stay up until the next event arrives.
 */
@Component
public class ProjectionRebuilds {

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> events;

    ProjectionRebuilds(ObjectProvider<EventProcessingConfiguration> processing, ObjectProvider<EventStore> events) {
        this.processing = processing;
        this.events = events;
    }

    /** Marks the projection as rebuilding; call before its processor is stopped and reset. */
    public void starting(String projection) {
        started.add(projection);
    }

    /** Whether readers of the projection would see less than a complete view now. */
    public boolean inProgress(String projection) {
        if (!started.contains(projection)) {
            return false;
        }
        boolean done = processing
                .getObject()
                .eventProcessor(projection, StreamingEventProcessor.class)
                .map(this::hasReadTheWholeLog)
                .orElse(true);
        if (done) {
            started.remove(projection);
        }
        return !done;
    }

    private boolean hasReadTheWholeLog(StreamingEventProcessor processor) {
        var statuses = processor.processingStatus().values();
        long head = position(events.getObject().createHeadToken());
        return processor.isRunning()
                && !statuses.isEmpty()
                && statuses.stream()
                        .allMatch(status -> status.getCurrentPosition().orElse(-1L) >= head);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1L : token.position().orElse(-1L);
    }
}
