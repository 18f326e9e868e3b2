package com.tradeledger.feed;

import com.tradeledger.web.InvalidField;
import java.util.Arrays;
import java.util.List;

/**
 * A reader's question to the feed, from query parameters: the position to read after ({@code after}, default 0:
 * the beginning), the page size ({@code limit}), and comma-separated or repeated {@code type} and {@code
 * aggregateType} filters.
 */
record FeedRequest(Long after, Integer limit, List<String> type, List<String> aggregateType) {

    long position() {
        return position(after, "after");
    }

    static long position(Long value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw new InvalidField(field, "a position is zero or more");
        }
        return value;
    }

    int pageSize(FeedProperties properties) {
        if (limit == null) {
            return properties.defaultPageSize();
        }
        if (limit < 1 || limit > properties.maxPageSize()) {
            throw new InvalidField("limit", "between 1 and " + properties.maxPageSize());
        }
        return limit;
    }

    FeedFilter filter() {
        return new FeedFilter(values(type), values(aggregateType));
    }

    private static List<String> values(List<String> parameters) {
        return parameters == null
                ? List.of()
                : parameters.stream()
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::trim)
                        .filter(value -> !value.isEmpty())
                        .toList();
    }
}
