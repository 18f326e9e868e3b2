package com.tradeledger.feed;

import java.util.List;

/**
 * A page of the feed: the events after the requested position, and the position to ask after next. {@code next}
 * passes events the filter left out, but never an index that an append still in flight may fill.
 */
public record FeedPage(List<StoredEvent> events, long next) {}
