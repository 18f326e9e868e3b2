package com.tradeledger.history;

import java.time.LocalDate;
import java.util.List;

/**
 * Which entries of a history to read and in what order: only the event types named (none: all), from and to a date
 * (inclusive, UTC; null: open), sorted by {@code position} (oldest first) or {@code -position} (newest first).
 */
public record HistoryFilter(List<String> eventTypes, LocalDate from, LocalDate to, String sort) {

    public HistoryFilter {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }

    public static HistoryFilter everything() {
        return new HistoryFilter(List.of(), null, null, null);
    }

    /** Whether it keeps every entry, whichever order it asks for. */
    public boolean keepsAll() {
        return eventTypes.isEmpty() && from == null && to == null;
    }
}
