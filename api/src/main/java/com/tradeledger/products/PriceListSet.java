package com.tradeledger.products;

import org.axonframework.serialization.Revision;

/** A product's prices in one currency are now this list. */
@Revision("1")
public record PriceListSet(ProductId productId, PriceList priceList) {}
