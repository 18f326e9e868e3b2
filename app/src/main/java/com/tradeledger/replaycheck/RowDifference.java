package com.tradeledger.replaycheck;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One row where live and shadow disagree: {@code onlyLive}, {@code onlyShadow} or {@code differing}; its key; for a
 * differing row the columns that differ and their values on each side, otherwise the whole row on its one side.
 */
record RowDifference(String kind, JsonNode key, List<String> columns, JsonNode live, JsonNode shadow) {}
