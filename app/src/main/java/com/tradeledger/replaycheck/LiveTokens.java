package com.tradeledger.replaycheck;

import com.tradeledger.eventstore.StoredTokens;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the live projection stands, segment by segment, as its tokens were committed together with its rows: which
 * events of the log the live view has taken in. The shadow replay takes in exactly those, so both sides are compared
 * at the same place even while the live view moves on.
 */
final class LiveTokens {

    private final List<SegmentToken> segments;

    private LiveTokens(List<SegmentToken> segments) {
        this.segments = segments;
    }

    /** Reads the processor's tokens from the token store's table, without claiming any segment. */
    static LiveTokens read(JdbcClient jdbc, Serializer serializer, String processor) {
        List<StoredTokens.Segment> stored = StoredTokens.read(jdbc, serializer, processor);
        int[] ids = stored.stream().mapToInt(StoredTokens.Segment::id).toArray();
        return new LiveTokens(stored.stream()
                .map(token -> new SegmentToken(Segment.computeSegment(token.id(), ids), token.reached()))
                .toList());
    }

    /** Whether the live view has taken in this event: the segment it belongs to has read past it. */
    boolean covers(EventHandlerInvoker invoker, EventMessage<?> event, long position) {
        for (SegmentToken segment : segments) {
            if (invoker.canHandle(event, segment.segment())) {
                return segment.covers(position);
            }
        }
        return false;
    }

    /** The highest position any segment has read: no event beyond it is in the live view. */
    long highest() {
        return segments.stream().mapToLong(SegmentToken::position).max().orElse(-1L);
    }

    /** Each segment's position, by segment id. */
    Map<Integer, Long> positions() {
        Map<Integer, Long> positions = new TreeMap<>();
        segments.forEach(segment -> positions.put(segment.segment().getSegmentId(), segment.position()));
        return positions;
    }

    private record SegmentToken(Segment segment, TrackingToken token) {

        long position() {
            return token == null ? -1L : token.position().orElse(-1L);
        }

        boolean covers(long position) {
            if (token instanceof GapAwareTrackingToken gapAware) {
                return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
            }
            return position <= position();
        }
    }
}
