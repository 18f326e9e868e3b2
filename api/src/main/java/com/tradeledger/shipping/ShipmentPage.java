package com.tradeledger.shipping;

import java.util.List;

/** One page of shipments, with the total that matched the filters. */
public record ShipmentPage(List<ShipmentSummary> items, int page, int size, long total) {}
