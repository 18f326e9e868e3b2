package com.tradeledger.feed;

/**
 * What the log's writers were doing just before a page was read: whether any other transaction held the write
 * lock on the event table, and the highest position the global index had handed out.
 *
 * <p>A transaction takes that lock before its insert draws a position and keeps it until it has committed or rolled
 * back. So when no other transaction holds it, every position handed out so far is final: committed and visible to
 * a snapshot taken afterwards, or rolled back and never to be filled.
 */
record AppendsInFlight(boolean any, long allocatedUpTo) {

    /** The highest position a page may serve without looking for gaps: everything when appends are in flight. */
    long bound() {
        return any ? Long.MAX_VALUE : allocatedUpTo;
    }
}
