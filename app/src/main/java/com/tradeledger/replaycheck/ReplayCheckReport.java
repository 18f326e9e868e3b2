package com.tradeledger.replaycheck;

import java.util.List;
import java.util.Map;

/**
 * What a replay check found: the projection, the log position the live view had reached when compared (and each
 * segment's), how many events the shadow replay took in, each table compared, how many events the shadow could not
 * handle and the first of them, tables written that the projection does not declare, the live dead letters that explain a gap, and
 * whether the two sides are identical.
 */
record ReplayCheckReport(
        String projection,
        long position,
        Map<Integer, Long> segments,
        long eventsReplayed,
        List<TableReport> tables,
        long failureCount,
        List<ShadowFailure> failures,
        List<String> undeclaredWrites,
        long liveDeadLetters,
        boolean identical,
        long tookMs) {}
