package com.tradeledger.purchasing;

import java.util.List;

/** One page of delivery risks, with the total that matched the filters. */
public record DeliveryRiskPage(List<DeliveryRiskView> items, int page, int size, long total) {}
