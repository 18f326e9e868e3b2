package com.tradeledger.products;

import org.axonframework.serialization.Revision;

/** A product's name changed. */
@Revision("1")
public record ProductRenamed(ProductId productId, String previousName, String name) {}
