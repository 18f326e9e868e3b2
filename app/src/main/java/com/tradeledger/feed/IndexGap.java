package com.tradeledger.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A position of the global index that no visible event holds, below one that does: an append still in flight or
 * one that rolled back. Its age is that of the first event after it, whose position was drawn after the gap's.
 */
record IndexGap(long position, Instant nextEventTime) {

    /**
     * The first gap that may still be filled: while appends are in flight, any gap younger than the timeout (as
     * Axon's gap-aware tracking token does); older gaps are appends that rolled back.
     */
    static Optional<IndexGap> firstOpen(List<IndexGap> gaps, Instant now, Duration timeout) {
        Instant settledBefore = now.minus(timeout);
        return gaps.stream()
                .filter(gap -> gap.nextEventTime().isAfter(settledBefore))
                .findFirst();
    }
}
