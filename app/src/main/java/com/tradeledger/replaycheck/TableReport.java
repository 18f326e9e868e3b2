package com.tradeledger.replaycheck;

import java.util.List;

/**
 * One table of a projection, live against shadow: row counts on each side, rows only in the live table, rows only in
 * the shadow (the live view lost them), rows with the same key whose columns differ, and the first few of those rows.
 */
record TableReport(
        String table,
        List<String> key,
        long liveRows,
        long shadowRows,
        long onlyLive,
        long onlyShadow,
        long differing,
        List<RowDifference> examples) {

    boolean identical() {
        return onlyLive == 0 && onlyShadow == 0 && differing == 0;
    }
}
