package com.tradeledger.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the feed pages and streams: the default and largest page, how long a gap in the global index is awaited
 * while other appends are in flight before it is taken as a rolled-back append, how often a live stream looks for
 * new events, and how long one stream stays open before the client reconnects with {@code Last-Event-ID}.
 */
@ConfigurationProperties("tradeledger.feed")
record FeedProperties(
        @DefaultValue("100") int defaultPageSize,
        @DefaultValue("1000") int maxPageSize,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("200ms") Duration streamPollInterval,
        @DefaultValue("30m") Duration streamDuration) {}
