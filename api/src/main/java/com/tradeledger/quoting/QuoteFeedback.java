package com.tradeledger.quoting;

import java.time.Instant;

/** What the customer said about one revision of a quote (报价反馈), and when it was noted. */
public record QuoteFeedback(int revision, String text, Instant at) {}
