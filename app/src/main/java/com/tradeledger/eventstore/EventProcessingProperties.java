package com.tradeledger.eventstore;

import java.time.Duration;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for every projection's processor: events per transaction, segments to share across nodes, and how
 * often an idle reader looks for events committed by another transaction or node, and how long a gap in the
 * global index is awaited before it is taken as a rolled-back append.
 *
 * <p>A processor starts with one segment. Twenty processors already keep a few cores busy; on this project's
 * two-core benchmark machine a rebuild of every projection used about a fifth less CPU with one segment each than
 * with four (docs/benchmarks.md). Set {@code initial-segments} higher before the first start when several nodes
 * are to share one processor's work: each node then runs a thread for each segment and one more, and claims the
 * segments no other node holds.
 *
 * <p>A batch is one transaction with the processor's token. On the benchmark machine, a rebuild of every projection
 * ran at 650 events/s with batches of 50, 758 with 200 and 809 with 500 (docs/benchmarks.md); 200 keeps most of
 * that while a processor that falls behind still shows its work in steps of a fraction of a second. A batch handed
 * again after a failure handles each event in a savepoint ({@link SavepointsOnRetry}); beyond 64 of them PostgreSQL
 * makes other sessions look up that transaction's subtransactions, for as long as that one batch lasts.
 */
@ConfigurationProperties("tradeledger.event-processing")
public record EventProcessingProperties(
        @DefaultValue("200") int batchSize,
        @DefaultValue("1") int initialSegments,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("60s") Duration gapTimeout) {

    /**
     * A tracking processor that starts with so many segments, reading in batches. It runs a thread for each and one
     * more, which claims a segment split off on this node or released by another.
     */
    public TrackingEventProcessorConfiguration tracking(int segments) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments + 1)
                .andInitialSegmentsCount(segments)
                .andBatchSize(batchSize);
    }
}
