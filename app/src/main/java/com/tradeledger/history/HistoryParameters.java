package com.tradeledger.history;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of a history request: event types ({@code type}, repeatable), dates ({@code from}, {@code to},
 * ISO, inclusive), order ({@code sort}), and the page ({@code page} from 0, {@code size} up to 200, default 50).
 */
record HistoryParameters(
        List<String> type,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String sort,
        Integer page,
        Integer size) {

    HistoryFilter filter() {
        return new HistoryFilter(type, from, to, sort);
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? 50 : size;
    }
}
