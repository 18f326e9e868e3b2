package com.tradeledger.feed;

import java.util.List;

/**
 * Which events a reader wants: event names ({@code PriceListSet}, or the full {@code
 * com.tradeledger.products.PriceListSet}) and aggregate types ({@code Product}); an empty list means all.
 */
public record FeedFilter(List<String> eventTypes, List<String> aggregateTypes) {

    static final FeedFilter ALL = new FeedFilter(List.of(), List.of());

    public FeedFilter {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        aggregateTypes = aggregateTypes == null ? List.of() : List.copyOf(aggregateTypes);
    }

    boolean isAll() {
        return eventTypes.isEmpty() && aggregateTypes.isEmpty();
    }
}
