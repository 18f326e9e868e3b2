package com.tradeledger.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event processor's tokens as the token store's table holds them, read without claiming any segment: every
 * segment of the processor, whichever node holds it, as far as its owner last committed.
 */
public final class StoredTokens {

    private StoredTokens() {}

    /** The processor's segments in segment order: each with its owner (null when no node holds it) and token. */
    public static List<Segment> read(JdbcClient jdbc, Serializer serializer, String processor) {
        return readAll(jdbc, serializer).getOrDefault(processor, List.of());
    }

    /**
     * Every processor's segments, by processor name, each in segment order: one small table read whole. A token is
     * deserialised only when asked for, so a caller that knows some segments better (those this node holds) pays
     * nothing for them.
     */
    public static Map<String, List<Segment>> readAll(JdbcClient jdbc, Serializer serializer) {
        Map<String, List<Segment>> segments = new TreeMap<>();
        jdbc.sql(
                        "select processorname, segment, owner, token, tokentype from tokenentry order by processorname, segment")
                .query(row -> {
                    segments.computeIfAbsent(row.getString("processorname"), name -> new ArrayList<>())
                            .add(new Segment(
                                    row.getInt("segment"),
                                    row.getString("owner"),
                                    serializer,
                                    row.getBytes("token"),
                                    row.getString("tokentype")));
                });
        return segments;
    }

    /** One stored segment: its id, the node that holds its claim, and where it stands. */
    public static final class Segment {

        private final int id;
        private final String owner;
        private final Serializer serializer;
        private final byte[] serialized;
        private final String type;

        private Segment(int id, String owner, Serializer serializer, byte[] serialized, String type) {
            this.id = id;
            this.owner = owner;
            this.serializer = serializer;
            this.serialized = serialized;
            this.type = type;
        }

        public int id() {
            return id;
        }

        /** The node that holds the segment's claim; null when none does. */
        public String owner() {
            return owner;
        }

        /**
         * The stored token with any replay unwrapped to the position it has reached: what the segment has taken in;
         * null before the segment's first commit. Deserialised on each call.
         */
        public TrackingToken reached() {
            if (serialized == null || type == null) {
                return null;
            }
            TrackingToken stored =
                    serializer.deserialize(new SimpleSerializedObject<>(serialized, byte[].class, type, null));
            return WrappedToken.unwrapLowerBound(stored);
        }

        /** The global position the segment has handled or passed over; -1 before its first event. */
        public long position() {
            TrackingToken reached = reached();
            return reached == null ? -1L : reached.position().orElse(-1L);
        }
    }
}
