package com.tradeledger.products;

/** Ask for one product of the catalogue; answered with a {@link ProductView}, or none. */
public record FindProduct(ProductId productId) {}
