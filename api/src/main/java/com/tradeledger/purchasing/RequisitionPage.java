package com.tradeledger.purchasing;

import java.util.List;

/** One page of purchase requisitions, with the total that matched the filters. */
public record RequisitionPage(List<RequisitionView> items, int page, int size, long total) {}
