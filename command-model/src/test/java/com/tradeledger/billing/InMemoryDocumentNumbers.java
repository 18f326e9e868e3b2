package com.tradeledger.billing;

import java.util.HashMap;
import java.util.Map;

/** Gap-free numbers kept in a map: each series counts from 1 in each year, or from where a test says it stood. */
final class InMemoryDocumentNumbers implements DocumentNumbers {

    private final Map<String, Long> lastTaken = new HashMap<>();

    /** The series had already handed out {@code last} numbers that year. */
    InMemoryDocumentNumbers after(String series, int year, long last) {
        lastTaken.put(series + "-" + year, last);
        return this;
    }

    @Override
    public DocumentNumber next(String series, int year) {
        return DocumentNumber.of(series, year, lastTaken.merge(series + "-" + year, 1L, Long::sum));
    }

    /** How many numbers of the series were handed out that year. */
    long taken(String series, int year) {
        return lastTaken.getOrDefault(series + "-" + year, 0L);
    }
}
