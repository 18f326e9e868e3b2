package com.tradeledger.eventstore;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each streaming event processor stands, segment by segment, whichever node holds the segment: a segment
 * claimed on this node as the processor itself knows it, ahead of its stored token (a segment with nothing of its own
 * to handle stores its token only every few seconds); any other as the token store holds it, committed by the node
 * that claims it, or by the last one that did. With several nodes, each node sees the whole processor.
 */
@Component
public class ProcessorStandings {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorStandings(
            EventProcessingConfiguration processing, EventStore events, JdbcClient jdbc, Serializer serializer) {
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Every streaming processor's standing, by name, against the head given and one read of the tokens. */
    public SortedMap<String, Standing> all(long head) {
        Map<String, List<StoredTokens.Segment>> stored = StoredTokens.readAll(jdbc, serializer);
        SortedMap<String, Standing> standings = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                standings.put(name, standing(streaming, stored.getOrDefault(name, List.of()), head));
            }
        });
        return Collections.unmodifiableSortedMap(standings);
    }

    /** The head of the log: the highest position handed out. */
    public long head() {
        TrackingToken token = events.createHeadToken();
        return token == null ? -1L : token.position().orElse(-1L);
    }

    private static Standing standing(StreamingEventProcessor processor, List<StoredTokens.Segment> stored, long head) {
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        SortedMap<Integer, SegmentStanding> segments = new TreeMap<>();
        for (StoredTokens.Segment segment : stored) {
            EventTrackerStatus status = here.get(segment.id());
            segments.put(
                    segment.id(),
                    status == null
                            ? new SegmentStanding(segment.position(), segment.owner(), null)
                            : new SegmentStanding(position(status), segment.owner(), status));
        }
        // A segment this node has just split off may not have its committed row yet.
        here.forEach((id, status) -> segments.putIfAbsent(id, new SegmentStanding(position(status), null, status)));
        return new Standing(processor, head, Collections.unmodifiableSortedMap(segments));
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1L);
    }

    /** One processor: the head it was compared with, and each of its segments by id. */
    public record Standing(StreamingEventProcessor processor, long head, SortedMap<Integer, SegmentStanding> segments) {

        /** The global position every segment has handled or passed over: the lowest of theirs; -1 with none. */
        public long position() {
            return segments.values().stream()
                    .mapToLong(SegmentStanding::position)
                    .min()
                    .orElse(-1L);
        }

        /** How many positions of the global index the slowest segment still has to read (gaps included). */
        public long behind() {
            return Math.max(0, head - position());
        }
    }

    /**
     * One segment: its position, the node holding its claim as the token store names it (null: none), and, when this
     * node holds it, the processor's own status of it.
     */
    public record SegmentStanding(long position, String claimedBy, EventTrackerStatus here) {}
}
