package com.tradeledger.products;

import java.util.List;

/** One page of the catalogue, with the total that matched the filters. */
public record ProductPage(List<ProductView> items, int page, int size, long total) {}
