package com.tradeledger.quoting;

import java.util.List;

/** One page of quotes, with the total that matched the filters. */
public record QuotePage(List<QuoteSummary> items, int page, int size, long total) {}
