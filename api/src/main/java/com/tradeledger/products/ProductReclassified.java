package com.tradeledger.products;

import org.axonframework.serialization.Revision;

/** A product's category and HS tariff code are now the ones given. */
@Revision("1")
public record ProductReclassified(ProductId productId, String category, HsCode hsCode) {}
